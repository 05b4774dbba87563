import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import { industryTypeKey } from '../api/cluster/console';

interface DemoData {
  callNotice: {
    title: string;
    documentNumber: string;
    opensInDays: number;
    closesInDays: number;
    cityDeadlineInDays: number;
    cityQuotaMin: number;
    cityQuotaMax: number;
    publicNoticeDays: number;
    scoringScheme: Array<{ key: string; name: string; weight: number; maxScore: number }>;
  };
  clusters: Array<{
    name: string;
    leadingIndustry: string;
    industryType: string;
    areaKm2: number;
    countyCode: string;
    declarantName: string;
    operatorName: string;
    status: string;
    recognizedDaysAgo?: number;
    revocationGround?: string;
  }>;
  applications: Array<{
    clusterName: string;
    countyCode: string;
    declarantName: string;
    operatorName: string;
    contactName: string;
    contactPhone: string;
    status: string;
    example?: string;
    cluster?: string;
  }>;
  experts: string[];
}

export interface DemoUser {
  email: string;
  role: string;
  region: string | null;
}

export const SUPER_ADMIN_EMAIL = 'admin@demo.local';

/** Demo data is for trying the product; a production database never gets it. */
export function demoEnabled(): boolean {
  return process.env.NODE_ENV !== 'production' && process.env.DEMO_DATA !== 'false';
}

export function demoPassword(): string {
  process.env.DEMO_PASSWORD ??= crypto.randomBytes(9).toString('base64url');
  return process.env.DEMO_PASSWORD;
}

function demoFile(): DemoData {
  const file = process.env.DEMO_DATA_FILE ?? path.resolve(strapi.dirs.app.root, '..', 'database', 'seed', 'demo.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoData;
}

const day = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const daysFrom = (now: Date, days: number) => isoDay(new Date(now.getTime() + days * day));
function addYears(isoDate: string, years: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return isoDay(date);
}

async function regionsByCode(): Promise<Map<string, { documentId: string; id: number; code: string; name: string; parentCode: string | null }>> {
  const rows = (await strapi.db.query('api::region.region').findMany({ populate: { parent: true } })) as Array<{ documentId: string; id: number; code: string; name: string; parent?: { code: string } | null }>;
  return new Map(rows.map((r) => [r.code, { documentId: r.documentId, id: r.id, code: r.code, name: r.name, parentCode: r.parent?.code ?? null }]));
}

/** Loads the demo dataset into an empty database and returns the demo accounts it created. */
export async function loadDemo(now = new Date()): Promise<DemoUser[]> {
  const users = strapi.db.query('plugin::users-permissions.user');
  if ((await users.count({})) > 0) return [];
  const data = demoFile();
  const regions = await regionsByCode();
  const region = (code: string) => {
    const found = regions.get(code);
    if (!found) throw new Error(`Demo data names an unknown region code ${code}`);
    return found;
  };
  const year = now.getUTCFullYear();
  const notice = await strapi.documents('api::call-notice.call-notice').create({
    data: {
      year,
      title: data.callNotice.title.replace('{year}', String(year)),
      documentNumber: data.callNotice.documentNumber.replace('{year}', String(year)),
      opensOn: daysFrom(now, data.callNotice.opensInDays),
      closesOn: daysFrom(now, data.callNotice.closesInDays),
      cityRecommendationDeadline: daysFrom(now, data.callNotice.cityDeadlineInDays),
      cityQuotaMin: data.callNotice.cityQuotaMin,
      cityQuotaMax: data.callNotice.cityQuotaMax,
      publicNoticeDays: data.callNotice.publicNoticeDays,
      scoringScheme: data.callNotice.scoringScheme,
      status: 'published',
    } as never,
  });

  const clusterIds = new Map<string, string>();
  for (const cluster of data.clusters) {
    const county = region(cluster.countyCode);
    const recognizedAt = cluster.recognizedDaysAgo == null ? null : daysFrom(now, -cluster.recognizedDaysAgo);
    const { recognizedDaysAgo, countyCode, industryType, ...fields } = cluster;
    const created = await strapi.documents('api::cluster.cluster').create({
      data: {
        ...fields,
        industryType: industryTypeKey(industryType),
        county: county.documentId,
        prefecture: region(county.parentCode!).documentId,
        recognizedAt,
        validUntil: recognizedAt ? addYears(recognizedAt, 3) : null,
        revokedAt: cluster.status === 'revoked' ? daysFrom(now, -20) : null,
      } as never,
    });
    clusterIds.set(cluster.name, created.documentId);
  }

  for (const application of data.applications) {
    const county = region(application.countyCode);
    const { countyCode, example, cluster, ...fields } = application;
    await strapi.documents('api::application.application').create({
      data: {
        ...fields,
        callNotice: notice.documentId,
        cluster: cluster ? clusterIds.get(cluster) : undefined,
        county: county.documentId,
        prefecture: region(county.parentCode!).documentId,
        submittedAt: application.status === 'draft' ? null : now.toISOString(),
        formUpdatedAt: now.toISOString(),
      } as never,
    });
  }

  return createDemoUsers(data, regions);
}

async function createDemoUsers(data: DemoData, regions: Awaited<ReturnType<typeof regionsByCode>>): Promise<DemoUser[]> {
  const password = demoPassword();
  const roles = new Map(
    ((await strapi.db.query('plugin::users-permissions.role').findMany({})) as Array<{ id: number; type: string }>).map((r) => [r.type, r.id]),
  );
  const counties = [...new Set([...data.clusters, ...data.applications].map((c) => c.countyCode))].sort();
  const prefectures = [...new Set(counties.map((code) => regions.get(code)!.parentCode!))].sort();
  const accounts: Array<DemoUser & { regionId?: number }> = [
    { email: 'province@demo.local', role: 'province_admin', region: null },
    ...prefectures.map((code) => ({ email: `city-${code}@demo.local`, role: 'city_reviewer', region: `${code} ${regions.get(code)!.name}`, regionId: regions.get(code)!.id })),
    ...counties.map((code) => ({ email: `county-${code}@demo.local`, role: 'county_declarant', region: `${code} ${regions.get(code)!.name}`, regionId: regions.get(code)!.id })),
    ...data.experts.map((email) => ({ email, role: 'expert', region: null })),
  ];
  const userService = strapi.plugin('users-permissions').service('user');
  for (const account of accounts) {
    await userService.add({
      username: account.email.split('@')[0],
      email: account.email,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: roles.get(account.role),
      region: account.regionId,
    });
  }
  await createSuperAdmin(password);
  return accounts.map(({ email, role, region }) => ({ email, role, region }));
}

/** An administrator for Strapi's own admin panel (/admin): content and call notices. */
async function createSuperAdmin(password: string): Promise<void> {
  const adminUsers = strapi.service('admin::user');
  if (await strapi.db.query('admin::user').findOne({ where: { email: SUPER_ADMIN_EMAIL } })) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await adminUsers.create({ email: SUPER_ADMIN_EMAIL, firstname: '系统', lastname: '管理员', password, registrationToken: null, isActive: true, roles: [superAdmin.id] });
}

/** The demo accounts that exist now, for the start-up banner. */
export async function listDemoUsers(): Promise<DemoUser[]> {
  const rows = (await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { email: { $endsWith: '@demo.local' } },
    populate: { role: true, region: true },
    orderBy: { id: 'asc' },
  })) as Array<{ email: string; role?: { type: string }; region?: { code: string; name: string } | null }>;
  return rows.map((row) => ({ email: row.email, role: row.role?.type ?? '', region: row.region ? `${row.region.code} ${row.region.name}` : null }));
}

export function demoBanner(users: DemoUser[], password: string | undefined): string {
  const port = process.env.PORT ?? '1337';
  const lines = [
    '',
    '================ 演示账号 Demo accounts ================',
    `  Console 工作台:    http://localhost:${port}/console`,
    `  Strapi admin 管理后台: http://localhost:${port}/admin  (${SUPER_ADMIN_EMAIL})`,
    `  Password 密码: ${password ?? '(see DEMO_PASSWORD in .env)'}`,
    ...users.map((u) => `  ${u.role.padEnd(17)} ${u.email.padEnd(30)} ${u.region ?? ''}`),
    '========================================================',
    '',
  ];
  return lines.join('\n');
}
