import fs from 'fs';
import path from 'path';
import os from 'os';
import crypto from 'crypto';
import {
  ANNUAL_SECTIONS,
  IN_EFFECT_STATUSES,
  addDays,
  industryTypeKey,
  addYears,
  annualReportDeadline,
  todayInShanghai,
  type AnnualMetrics,
  type ApplicationForm,
} from '@sme-cluster/rules';
import { evaluateAnnual, metricsData } from '../workflow/annual-figures';
import { recordSystemAudits } from '../lib/audit';
import { lifecycle } from '../workflow/config';
import { formData } from '../api/application/form';

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
  applications: Array<{ example: string; status: string }>;
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

/** The example forms of rules/examples, the same files the rules CLI and tests use. */
function readExample(name: string): { callYear: number; form: unknown } {
  const file = path.resolve(strapi.dirs.app.root, '..', 'rules', 'examples', `${name}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { callYear: number; form: unknown };
}

/** Points every file reference of a form at one uploaded file. */
export function withFileIds(value: unknown, fileId: number): unknown {
  if (Array.isArray(value)) {
    return value.map((item) =>
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'number' ? { id: fileId } : withFileIds(item, fileId),
    );
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withFileIds(child, fileId)]));
  return value;
}

/** One small PDF standing in for every piece of evidence (佐证材料) in the demo forms. */
async function placeholderEvidence(): Promise<number> {
  const file = path.join(os.tmpdir(), `demo-evidence-${process.pid}.pdf`);
  fs.writeFileSync(file, DEMO_PDF);
  try {
    const [uploaded] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: '佐证材料（演示）.pdf', caption: 'demo', alternativeText: '演示用佐证材料' } },
        files: { filepath: file, originalFilename: '佐证材料（演示）.pdf', mimetype: 'application/pdf', size: fs.statSync(file).size },
      });
    return uploaded.id as number;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const DEMO_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

function demoFile(): DemoData {
  const file = process.env.DEMO_DATA_FILE ?? path.resolve(strapi.dirs.app.root, '..', 'database', 'seed', 'demo.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoData;
}

const daysFrom = (now: Date, days: number) => addDays(todayInShanghai(now), days);

async function regionsByCode(): Promise<Map<string, { documentId: string; id: number; code: string; name: string; parentCode: string | null }>> {
  const rows = (await strapi.db.query('api::region.region').findMany({ populate: { parent: true } })) as Array<{
    documentId: string;
    id: number;
    code: string;
    name: string;
    parent?: { code: string } | null;
  }>;
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

  const placeholder = await placeholderEvidence();
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
    if (recognizedAt && IN_EFFECT_STATUSES.includes(cluster.status)) await seedAnnualReports(created.documentId, recognizedAt, placeholder, now);
  }

  const applicationCounties: string[] = [];
  for (const application of data.applications) {
    const example = readExample(application.example);
    const form = withFileIds(example.form, placeholder) as ApplicationForm;
    const countyCode = form.cover!.region!.county!;
    const county = region(countyCode);
    applicationCounties.push(countyCode);
    await strapi.documents('api::application.application').create({
      data: {
        ...(await formData(form, year, { prefectureCode: county.parentCode!, countyCode })),
        status: application.status,
        callNotice: notice.documentId,
        county: county.documentId,
        prefecture: region(county.parentCode!).documentId,
        submittedAt: application.status === 'draft' ? null : now.toISOString(),
      } as never,
    });
  }

  return createDemoUsers(data, regions, applicationCounties);
}

/**
 * A cluster in effect owes a report each year from its recognition (Art. 19): the demo files each
 * one on time, up to the one due at the next deadline, so no sweep revokes a demo cluster on its
 * first nights. A report due later than today is filed today; figures are the eligible example's.
 */
async function seedAnnualReports(clusterId: string, recognizedAt: string, evidence: number, now: Date): Promise<void> {
  const figures = withFileIds(readExample('eligible').form, evidence) as ApplicationForm;
  const metrics = Object.fromEntries(ANNUAL_SECTIONS.map((section) => [section, figures[section]])) as AnnualMetrics;
  const today = todayInShanghai(now);
  const thisYear = Number(today.slice(0, 4));
  const nextDueYear = today <= annualReportDeadline(thisYear, lifecycle()) ? thisYear : thisYear + 1;
  for (let reportYear = Number(recognizedAt.slice(0, 4)); reportYear < nextDueYear; reportYear += 1) {
    const onTime = addDays(annualReportDeadline(reportYear + 1, lifecycle()), -20);
    const submittedAt = onTime < today ? new Date(`${onTime}T10:00:00+08:00`) : now;
    const report = await strapi.documents('api::annual-report.annual-report').create({
      data: {
        cluster: clusterId,
        year: reportYear,
        status: 'submitted',
        submittedAt: submittedAt.toISOString(),
        narrative: `${reportYear}年度集群发展情况（演示数据）。`,
        ...metricsData(metrics, reportYear),
        report: await evaluateAnnual(metrics, reportYear, { clusterId, now: submittedAt }),
      } as never,
    });
    await recordSystemAudits([
      {
        action: 'create',
        subjectType: 'annual-report',
        subjectId: report.documentId,
        toState: 'submitted',
        comment: `演示数据：${reportYear}年度发展情况已报送。`,
      },
    ]);
  }
}

async function createDemoUsers(data: DemoData, regions: Awaited<ReturnType<typeof regionsByCode>>, applicationCounties: string[]): Promise<DemoUser[]> {
  const password = demoPassword();
  const roles = new Map(
    ((await strapi.db.query('plugin::users-permissions.role').findMany({})) as Array<{ id: number; type: string }>).map((r) => [r.type, r.id]),
  );
  const counties = [...new Set([...data.clusters.map((c) => c.countyCode), ...applicationCounties])].sort();
  const prefectures = [...new Set(counties.map((code) => regions.get(code)!.parentCode!))].sort();
  const accounts: Array<DemoUser & { regionId?: number }> = [
    { email: 'province@demo.local', role: 'province_admin', region: null },
    ...prefectures.map((code) => ({
      email: `city-${code}@demo.local`,
      role: 'city_reviewer',
      region: `${code} ${regions.get(code)!.name}`,
      regionId: regions.get(code)!.id,
    })),
    ...counties.map((code) => ({
      email: `county-${code}@demo.local`,
      role: 'county_declarant',
      region: `${code} ${regions.get(code)!.name}`,
      regionId: regions.get(code)!.id,
    })),
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
  await adminUsers.create({
    email: SUPER_ADMIN_EMAIL,
    firstname: '系统',
    lastname: '管理员',
    password,
    registrationToken: null,
    isActive: true,
    roles: [superAdmin.id],
  });
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
