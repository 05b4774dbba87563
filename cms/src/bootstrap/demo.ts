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
  conflictTies,
  applicationLifecycle,
  todayInShanghai,
  workingDayPeriod,
  type AnnualMetrics,
  type ApplicationAction,
  type ApplicationForm,
  type ApplicationStatus,
  type PoolCandidateAction,
  type PoolCandidateStatus,
  type Role,
  type TargetIndicator,
  cityReportDeadline,
} from '@sme-cluster/rules';
import { annualReportResource } from '../api/annual-report/resource';
import { actualsData, evaluateAnnual, metricsData, renewalDataOf } from '../workflow/annual-figures';
import { recordAudit } from '../lib/audit';
import type { StaffPrincipal } from '../lib/principal';
import { lifecycle } from '../workflow/config';
import { settingsSnapshot } from '../settings/store';
import { evaluateApplication } from '../workflow/applications';
import { reportRefOf } from '../workflow/access';
import { scoreSheetData } from '../workflow/expert-reviews';
import { tellPoolOfCall } from '../workflow/pool-candidates';
import { cityReportFigures } from '../workflow/city-reports';
import { formData } from '../api/application/form';
import { backfillComponentCopies } from '../records/component-copies';

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
    contactName: string;
    contactPhone: string;
    contactEmail: string;
    contactAddress: string;
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
    /** A re-review requested that many days ago, waiting on the city (Art. 17). */
    renewal?: { requestedDaysAgo: number; comment: string };
    /** The example whose figures the latest annual report carries, when not the eligible one. */
    latestReportExample?: string;
    /**
     * The actual values of the plan's target indicators its annual reports carry, by plan year (the first
     * is its call year); a report after the plan carries the last. Its plan is the eligible example's.
     */
    targetActuals?: Array<Partial<Record<TargetIndicator, number>>>;
  }>;
  applications: Array<{ example: string; clusterName?: string; status: ApplicationStatus; comment?: string }>;
  /** Candidates of the cultivation pool (Art. 7); an admitted one is the pool record of the cultivating cluster of its name. */
  poolCandidates: Array<{
    name: string;
    leadingIndustry: string;
    industryType: string;
    countyCode: string;
    declarantName: string;
    operatorName: string;
    areaKm2: number;
    figuresYearsAgo: number;
    totalOutput: number;
    firmCount: number;
    smeCount: number;
    notes: string;
    status: 'awaiting_city' | 'awaiting_province' | 'admitted';
    proposedDaysAgo: number;
    cityOpinion?: string;
  }>;
  /** Every city's yearly report (Art. 19) of last year, submitted on time, except the overdue city's; `{year}` and `{city}` name them in the narrative. */
  cityReports?: { overdueCity: string; narrative: string };
  experts: string[];
  /** Each demo expert's ties (rules/src/expert-conflicts.ts), by e-mail. */
  expertTies?: Record<string, { regionCodes: string[]; organizations: string[] }>;
  recognizedListNumber: string;
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
      contactName: data.callNotice.contactName,
      contactPhone: data.callNotice.contactPhone,
      contactEmail: data.callNotice.contactEmail,
      contactAddress: data.callNotice.contactAddress,
      scoringScheme: data.callNotice.scoringScheme,
      status: 'published',
    } as never,
  });

  const placeholder = await placeholderEvidence();
  const applications = data.applications.map((application) => {
    const form = withFileIds(readExample(application.example).form, placeholder) as ApplicationForm;
    if (application.clusterName) form.basic = { ...form.basic, clusterName: application.clusterName };
    return { ...application, form, countyCode: form.cover!.region!.county! };
  });
  // The accounts first: every step of the history below is taken by one of them.
  const accounts = await createDemoUsers(
    data,
    regions,
    applications.map((application) => application.countyCode),
  );
  const staff = await demoStaff();

  const inEffect: Array<{ documentId: string; recognizedAt: string }> = [];
  const pastNotices = new Map<number, PastNotice>();
  for (const cluster of data.clusters) {
    const county = region(cluster.countyCode);
    const recognizedAt = cluster.recognizedDaysAgo == null ? null : daysFrom(now, -cluster.recognizedDaysAgo);
    const validUntil = recognizedAt ? addYears(recognizedAt, 3) : null;
    const renewal = cluster.renewal && {
      requestedOn: daysFrom(now, -cluster.renewal.requestedDaysAgo),
      outcome: 'pending',
      previousValidUntil: validUntil,
      effective: false,
      comment: cluster.renewal.comment,
    };
    const created = await strapi.documents('api::cluster.cluster').create({
      data: {
        name: cluster.name,
        leadingIndustry: cluster.leadingIndustry,
        areaKm2: cluster.areaKm2,
        declarantName: cluster.declarantName,
        operatorName: cluster.operatorName,
        status: cluster.status,
        revocationGround: cluster.revocationGround,
        industryType: industryTypeKey(cluster.industryType),
        county: county.documentId,
        prefecture: region(county.parentCode!).documentId,
        recognizedAt,
        validUntil,
        revokedAt: cluster.status === 'revoked' ? daysFrom(now, -20) : null,
      } as never,
    });
    if (recognizedAt && IN_EFFECT_STATUSES.includes(cluster.status)) {
      inEffect.push({ documentId: created.documentId, recognizedAt });
      const countyCodes = { prefectureCode: county.parentCode, countyCode: county.code };
      // The application that recognized it, under the call of its year: its plan's targets are what its reports are read against.
      const pastNotice = await pastCallOf(recognizedAt, data.callNotice, pastNotices);
      const form = withFileIds(readExample('eligible').form, placeholder) as ApplicationForm;
      form.basic = {
        ...form.basic,
        clusterName: cluster.name,
        areaKm2: cluster.areaKm2,
        declarant: { ...form.basic!.declarant!, name: cluster.declarantName },
        operator: { ...form.basic!.operator!, name: cluster.operatorName },
      };
      await replayApplication(
        { form, status: 'recognized', countyCode: county.code, prefectureCode: county.parentCode!, notice: pastNotice },
        {
          staff,
          experts: data.experts,
          index: inEffect.length,
          now,
          countyId: county.documentId,
          prefectureId: region(county.parentCode!).documentId,
          endsOn: recognizedAt,
          clusterId: created.documentId,
          untied: (email, order) =>
            conflictTies(
              { unit: demoUnit('expert', null, order), ...(data.expertTies?.[email] ?? { regionCodes: [], organizations: [] }) },
              { prefectureCode: county.parentCode, countyCode: county.code, declarantName: cluster.declarantName, operatorName: cluster.operatorName },
            ).length === 0,
        },
      );
      const actuals = { planBaselineYear: pastNotice.year - 1, byPlanYear: cluster.targetActuals ?? [] };
      await seedAnnualReports(
        created.documentId,
        recognizedAt,
        { evidence: placeholder, latest: cluster.latestReportExample, actuals },
        staff,
        countyCodes,
        now,
      );
    }
    if (renewal) {
      // The request carries the re-review data as the workflow assembles it, from the reports filed before it.
      const requestedAt = atHour(renewal.requestedOn, 10);
      const region = { city: county.parentCode!, county: county.code };
      const data = await renewalDataOf(created.documentId, Number(renewal.requestedOn.slice(0, 4)), requestedAt, region);
      await strapi.documents('api::cluster.cluster').update({ documentId: created.documentId, data: { renewals: [{ ...renewal, data }] } as never });
      await recordAudit({
        actor: staff('county_declarant', county.code),
        action: 'requestRenewal',
        subjectType: 'cluster',
        subjectId: created.documentId,
        prefectureCode: county.parentCode,
        countyCode: county.code,
        fromState: 'recognized',
        toState: 'renewal_pending',
        comment: renewal.comment,
        at: requestedAt,
      });
    }
  }

  for (const [index, application] of applications.entries()) {
    const county = region(application.countyCode);
    await replayApplication(
      { ...application, prefectureCode: county.parentCode!, notice: { documentId: notice.documentId, year, ...data.callNotice } },
      { staff, experts: data.experts, index, now, countyId: county.documentId, prefectureId: region(county.parentCode!).documentId },
    );
  }

  await publishRecognizedLists(inEffect, data.recognizedListNumber, staff('province_admin'));
  await seedPool(data.poolCandidates ?? [], { region, staff, now });
  if (data.cityReports) await seedCityReports(data.cityReports, { region, staff, now });
  // The call was published before the pool was seeded: its counties are told as a published call tells them.
  await tellPoolOfCall(notice as unknown as Record<string, unknown>);
  // Forms created whole (not saved through the console's form) get their copies as any later save would.
  await backfillComponentCopies('api::application.application');
  return accounts;
}

/**
 * The cultivation pool's candidates, each taken by the demo accounts through the steps of its lifecycle
 * up to its state: proposed by its county, confirmed by its city a week later, admitted by the province a
 * week after that — an admitted one linked to the cultivating cluster of its name.
 */
async function seedPool(
  candidates: DemoData['poolCandidates'],
  context: { region: (code: string) => { documentId: string; code: string; parentCode: string | null }; staff: Staff; now: Date },
): Promise<void> {
  const { staff, now } = context;
  const steps: Array<{ action: PoolCandidateAction; to: PoolCandidateStatus; role: Role; afterDays: number }> = [
    { action: 'endorseCandidate', to: 'awaiting_province', role: 'city_reviewer', afterDays: 7 },
    { action: 'admitCandidate', to: 'admitted', role: 'province_admin', afterDays: 14 },
  ];
  for (const candidate of candidates) {
    const county = context.region(candidate.countyCode);
    const prefecture = context.region(county.parentCode!);
    const region = { prefectureCode: prefecture.code, countyCode: county.code };
    const proposedOn = daysFrom(now, -candidate.proposedDaysAgo);
    const taken = steps.slice(0, { awaiting_city: 0, awaiting_province: 1, admitted: 2 }[candidate.status]);
    const cluster =
      candidate.status === 'admitted'
        ? ((await strapi.db.query('api::cluster.cluster').findOne({ where: { name: candidate.name, status: 'cultivating' } })) as { documentId: string })
        : null;
    const decidedOn = taken.length === steps.length ? addDays(proposedOn, steps.at(-1)!.afterDays) : null;
    const created = await strapi.documents('api::pool-candidate.pool-candidate').create({
      data: {
        name: candidate.name,
        leadingIndustry: candidate.leadingIndustry,
        industryType: industryTypeKey(candidate.industryType),
        declarantName: candidate.declarantName,
        operatorName: candidate.operatorName,
        areaKm2: candidate.areaKm2,
        figuresYear: Number(proposedOn.slice(0, 4)) - candidate.figuresYearsAgo,
        totalOutput: candidate.totalOutput,
        firmCount: candidate.firmCount,
        smeCount: candidate.smeCount,
        notes: candidate.notes,
        status: candidate.status,
        proposedOn,
        cityOpinion: taken.length ? (candidate.cityOpinion ?? null) : null,
        decidedOn,
        prefecture: prefecture.documentId,
        county: county.documentId,
        cluster: cluster?.documentId ?? null,
        version: taken.length,
      } as never,
    });
    const subject = { subjectType: 'pool-candidate', subjectId: created.documentId, ...region };
    await recordAudit({ actor: staff('county_declarant', county.code), action: 'create', ...subject, at: atHour(proposedOn, 10) });
    let from: PoolCandidateStatus = 'awaiting_city';
    for (const step of taken) {
      const at = atHour(addDays(proposedOn, step.afterDays), 15);
      const actor = staff(step.role, step.role === 'city_reviewer' ? prefecture.code : null);
      if (step.action === 'admitCandidate' && cluster) {
        await recordAudit({ actor, action: 'admitCandidate', subjectType: 'cluster', subjectId: cluster.documentId, ...region, toState: 'cultivating', at });
      }
      const comment = step.action === 'endorseCandidate' ? (candidate.cityOpinion ?? null) : null;
      await recordAudit({ actor, action: step.action, ...subject, fromState: from, toState: step.to, comment, at });
      from = step.to;
    }
  }
}

/**
 * Last year's yearly report of every city with a demo account, submitted through the city's steps a few
 * days before its due day with the figures its clusters' annual reports give — but the overdue city's,
 * which it has not started, so the province's dashboard shows one city overdue once the due day has passed.
 */
async function seedCityReports(
  reports: NonNullable<DemoData['cityReports']>,
  context: { region: (code: string) => { documentId: string; code: string; parentCode: string | null }; staff: Staff; now: Date },
): Promise<void> {
  const { staff, now } = context;
  const year = Number(todayInShanghai(now).slice(0, 4)) - 1;
  const onTime = addDays(cityReportDeadline(year, lifecycle()), -5);
  const submittedAt = onTime < todayInShanghai(now) ? atHour(onTime, 16) : new Date(now.getTime() - 3_600_000);
  const cities = (await strapi.db.query('api::region.region').findMany({ where: { level: 'prefecture' }, orderBy: { code: 'asc' } })) as Array<{
    documentId: string;
    code: string;
    name: string;
  }>;
  for (const city of cities.filter((prefecture) => prefecture.code !== reports.overdueCity)) {
    const actor = staff('city_reviewer', city.code);
    const created = await strapi.documents('api::city-report.city-report').create({
      data: {
        prefecture: city.documentId,
        year,
        regionYear: `${city.code}-${year}`,
        status: 'submitted',
        narrative: reports.narrative.split('{year}').join(String(year)).split('{city}').join(city.name),
        figures: await cityReportFigures(city.code, year),
        submittedAt: submittedAt.toISOString(),
        late: false,
        version: 1,
      } as never,
    });
    const subject = { actor, subjectType: 'city-report', subjectId: created.documentId, prefectureCode: city.code };
    await recordAudit({ ...subject, action: 'create', toState: 'draft', at: new Date(submittedAt.getTime() - 3 * 86_400_000) });
    await recordAudit({ ...subject, action: 'submitCityReport', fromState: 'draft', toState: 'submitted', at: submittedAt });
  }
}

/** `hour` o'clock (and `minutes` after) in Guizhou on `day`: office hours for the history's steps. */
const atHour = (day: string, hour: number, minutes = 0) => new Date(Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`) + minutes * 60_000);

type Staff = (role: Role, regionCode?: string | null, index?: number) => StaffPrincipal;

/** The demo accounts as the workflow sees its callers: the province, a city or a county by its code, an expert by its order. */
async function demoStaff(): Promise<Staff> {
  const rows = (await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { email: { $endsWith: '@demo.local' } },
    populate: { role: true, region: { populate: { parent: true } } },
    orderBy: { id: 'asc' },
  })) as Array<{
    id: number;
    username: string;
    email: string;
    role: { type: Role };
    region: { code: string; name: string; level: 'prefecture' | 'county'; parent?: { code: string } | null } | null;
  }>;
  const principals = rows.map((row): StaffPrincipal => {
    const prefectureCode = row.region ? (row.region.level === 'prefecture' ? row.region.code : row.region.parent!.code) : null;
    return {
      id: row.id,
      role: row.role.type,
      username: row.username,
      email: row.email,
      prefectureCode,
      countyCode: row.region?.level === 'county' ? row.region.code : null,
      region: row.region && prefectureCode ? { code: row.region.code, name: row.region.name, level: row.region.level, prefectureCode } : null,
    };
  });
  return (role, regionCode, index = 0) => {
    const found = principals.filter((p) => p.role === role && (!regionCode || p.region?.code === regionCode))[index];
    if (!found) throw new Error(`No demo account for ${role} ${regionCode ?? ''}`);
    return found;
  };
}

interface Step {
  action: ApplicationAction;
  from: ApplicationStatus;
  to: ApplicationStatus;
  role: Role;
}

/** The shortest way through the application lifecycle from a draft to `status`, and the role that takes each step. */
function pathTo(status: ApplicationStatus): Step[] {
  const paths = new Map<ApplicationStatus, Step[]>([['draft', []]]);
  const queue: ApplicationStatus[] = ['draft'];
  while (queue.length && !paths.has(status)) {
    const from = queue.shift()!;
    for (const action of applicationLifecycle.actions) {
      const step = applicationLifecycle.steps[action];
      const role = (Object.keys(step.by) as Role[]).find((r) => step.by[r]!.includes(from));
      if (!role || paths.has(step.to)) continue;
      paths.set(step.to, [...paths.get(from)!, { action, from, to: step.to, role }]);
      queue.push(step.to);
    }
  }
  const path = paths.get(status);
  if (!path) throw new Error(`Demo data: no way to ${status}`);
  return path;
}

const HISTORY_SPACING_DAYS = 2;
const DEMO_OPINION = '经审核，该集群申报材料真实完整，主导产业特色鲜明，中小企业配套协作紧密，同意推荐。';

type PastNotice = DemoApplication['notice'];

/**
 * The call a cluster recognized on `recognizedAt` answered: opened five months before, closed since; one
 * per year, shared by the clusters of that year.
 */
async function pastCallOf(recognizedAt: string, call: DemoData['callNotice'], made: Map<number, PastNotice>): Promise<PastNotice> {
  const opensOn = addDays(recognizedAt, -150);
  const year = Number(opensOn.slice(0, 4));
  const known = made.get(year);
  if (known) return known;
  const created = await strapi.documents('api::call-notice.call-notice').create({
    data: {
      year,
      title: call.title.replace('{year}', String(year)),
      documentNumber: call.documentNumber.replace('{year}', String(year)),
      opensOn,
      closesOn: addDays(opensOn, 60),
      cityRecommendationDeadline: addDays(opensOn, 75),
      cityQuotaMin: call.cityQuotaMin,
      cityQuotaMax: call.cityQuotaMax,
      publicNoticeDays: call.publicNoticeDays,
      scoringScheme: call.scoringScheme,
      status: 'closed',
    } as never,
  });
  const notice = { documentId: created.documentId, year, publicNoticeDays: call.publicNoticeDays, scoringScheme: call.scoringScheme };
  made.set(year, notice);
  return notice;
}

interface DemoApplication {
  form: ApplicationForm;
  status: ApplicationStatus;
  comment?: string;
  countyCode: string;
  prefectureCode: string;
  notice: { documentId: string; year: number; publicNoticeDays: number; scoringScheme: DemoData['callNotice']['scoringScheme'] };
}

/**
 * Creates an application as its county drafted it and takes it, one step every other day up to
 * yesterday, through the transitions that lead to its state: each step by the demo account whose
 * role takes it, with its audit event at that past moment. The city evaluates the form when it
 * starts its review (the workflow's own evaluation, so the stored rule report is the one a
 * recommendation needs); experts score before the province shortlists; a 公示 opened is running today.
 */
async function replayApplication(
  application: DemoApplication,
  context: {
    staff: Staff;
    experts: string[];
    index: number;
    now: Date;
    countyId: string;
    prefectureId: string;
    /** The day of its last step, when not yesterday; its cluster, when it recognized one; the experts it may be given. */
    endsOn?: string;
    clusterId?: string;
    untied?: (email: string, order: number) => boolean;
  },
): Promise<void> {
  const { staff, now } = context;
  const steps = pathTo(application.status);
  const reviewed = steps.some((step) => step.action === 'startCityReview');
  const scored = steps.some((step) => step.action === 'shortlist');
  const recommended = steps.some((step) => step.action === 'recommend');
  const moments = 1 + steps.length + (reviewed ? 1 : 0) + (scored ? 1 : 0);
  const today = todayInShanghai(now);
  // A 公示 opened on the last working day before today is running today, whatever day of the week it is.
  let lastDay = context.endsOn ?? addDays(today, -1);
  if (!context.endsOn && steps.some((step) => step.action === 'openPublicNotice')) {
    while (workingDayPeriod(lastDay, application.notice.publicNoticeDays, settingsSnapshot().settings.calendar.exceptions).startsOn > today)
      lastDay = addDays(lastDay, -1);
  }
  let moment = 0;
  const next = () => atHour(addDays(lastDay, -(moments - 1 - moment++) * HISTORY_SPACING_DAYS), 9, 10 * context.index);

  const county = staff('county_declarant', application.countyCode);
  const region = { prefectureCode: application.prefectureCode, countyCode: application.countyCode };
  const createdAt = next();
  const form = recommended && !application.form.recommendation ? { ...application.form, recommendation: { opinion: DEMO_OPINION } } : application.form;
  const created = await strapi.documents('api::application.application').create({
    data: {
      ...(await formData(form, application.notice.year, region)),
      formUpdatedAt: createdAt.toISOString(),
      status: 'draft',
      callNotice: application.notice.documentId,
      ...(context.clusterId ? { cluster: context.clusterId } : {}),
      county: context.countyId,
      prefecture: context.prefectureId,
    } as never,
  });
  const subject = { subjectType: 'application', subjectId: created.documentId, ...region };
  await recordAudit({ actor: county, action: 'create', ...subject, toState: 'draft', at: createdAt });

  let reportRef: string | null = null;
  for (const step of steps) {
    if (step.action === 'shortlist') await scoreByExperts(created.documentId, application.notice.scoringScheme, context, next());
    const at = next();
    const actor = staff(
      step.role,
      step.role === 'county_declarant' ? application.countyCode : step.role === 'city_reviewer' ? application.prefectureCode : null,
    );
    const comment = applicationLifecycle.steps[step.action].reason ? (application.comment ?? '经审核，不符合要求。') : null;
    const extra: Record<string, unknown> = {};
    if (step.action === 'submit') extra.submittedAt = at.toISOString();
    if (step.action === 'openPublicNotice') {
      const period = workingDayPeriod(todayInShanghai(at), application.notice.publicNoticeDays, settingsSnapshot().settings.calendar.exceptions);
      Object.assign(extra, { publicNoticeStartsOn: period.startsOn, publicNoticeEndsOn: period.endsOn, objectionOpen: false });
    }
    await strapi.documents('api::application.application').update({
      documentId: created.documentId,
      data: { status: step.to, ...(comment ? { decisionComment: comment } : {}), ...extra } as never,
    });
    await recordAudit({ actor, action: step.action, ...subject, fromState: step.from, toState: step.to, comment, reportRef, at });
    if (step.action === 'startCityReview') reportRef = reportRefOf((await evaluateApplication(actor, {}, created.documentId, next())).report);
  }
}

/** The demo experts not tied to it (both, unless `untied` says otherwise) are assigned by the province, declare no conflict of interest and submit their score sheets. */
async function scoreByExperts(
  applicationId: string,
  scoringScheme: DemoData['callNotice']['scoringScheme'],
  context: { staff: Staff; experts: string[]; untied?: (email: string, order: number) => boolean },
  at: Date,
): Promise<void> {
  for (const [order, email] of context.experts.entries()) {
    if (context.untied && !context.untied(email, order)) continue;
    const expert = context.staff('expert', null, order);
    const sheet = scoreSheetData(
      {
        conflictOfInterest: 'none',
        scores: scoringScheme.map((criterion, index) => ({
          criterionKey: criterion.key,
          score: 78 + ((index * 7 + order * 5) % 17),
          comment: `${criterion.name}基础较好，建议持续加强。`,
        })),
        submit: true,
      },
      { conflictOfInterest: 'undeclared', submitted: false, application: { status: 'province_review', callNotice: { scoringScheme } } },
      at,
    );
    const created = await strapi.documents('api::expert-review.expert-review').create({
      data: { application: applicationId, expert: expert.id, ...sheet } as never,
    });
    const subject = { subjectType: 'expert-review', subjectId: created.documentId };
    await recordAudit({ actor: context.staff('province_admin'), action: 'create', ...subject, at: new Date(at.getTime() - 3_600_000) });
    await recordAudit({ actor: expert, action: 'update', ...subject, toState: 'submitted', at });
  }
}

/**
 * The recognized lists the province published (Art. 16), one a year, naming the clusters in effect
 * that were recognized that year, issued on the day of the year's first recognition.
 */
async function publishRecognizedLists(
  clusters: Array<{ documentId: string; recognizedAt: string }>,
  numbering: string,
  province: StaffPrincipal,
): Promise<void> {
  const years = [...new Set(clusters.map((cluster) => cluster.recognizedAt.slice(0, 4)))].sort();
  for (const [index, year] of years.entries()) {
    const members = clusters.filter((cluster) => cluster.recognizedAt.startsWith(year));
    const issuedOn = members.map((cluster) => cluster.recognizedAt).sort()[0];
    const documentNumber = numbering.replace('{year}', year).replace('{n}', String(30 + index));
    const list = await strapi.documents('api::recognized-list.recognized-list').create({
      data: {
        year: Number(year),
        title: `${year}年贵州省中小企业特色产业集群名单`,
        documentNumber,
        issuedOn,
        clusters: members.map((cluster) => cluster.documentId),
      } as never,
    });
    await strapi.documents('api::recognized-list.recognized-list').publish({ documentId: list.documentId });
    const clusterIds = members.map((cluster) => cluster.documentId);
    const subject = { actor: province, subjectType: 'recognized-list', subjectId: list.documentId };
    await recordAudit({ ...subject, action: 'create', details: { clusterIds }, at: atHour(issuedOn, 9) });
    await recordAudit({
      ...subject,
      action: 'publish',
      fromState: 'draft',
      toState: 'published',
      details: { documentNumber, clusterIds },
      at: atHour(issuedOn, 15),
    });
  }
}

/**
 * A cluster in effect owes a report each year from its recognition (Art. 19): the demo files each
 * one on time, up to the one due at the next deadline, so no sweep proposes to revoke a demo
 * cluster on its first nights. Its city drafts each report a week before submitting it; a report
 * due later than today is submitted today. Figures are the eligible example's, but for a cluster
 * whose latest report carries another example's: failing the criteria, that report puts a
 * revocation proposal on record as any submitted report would.
 */
async function seedAnnualReports(
  clusterId: string,
  recognizedAt: string,
  figures: { evidence: number; latest?: string; actuals: { planBaselineYear: number; byPlanYear: Array<Partial<Record<TargetIndicator, number>>> } },
  staff: Staff,
  region: { prefectureCode: string | null; countyCode: string },
  now: Date,
): Promise<void> {
  const metricsOf = (example: string) => {
    const form = withFileIds(readExample(example).form, figures.evidence) as ApplicationForm;
    return Object.fromEntries(ANNUAL_SECTIONS.map((section) => [section, form[section]])) as AnnualMetrics;
  };
  const today = todayInShanghai(now);
  const thisYear = Number(today.slice(0, 4));
  const nextDueYear = today <= annualReportDeadline(thisYear, lifecycle()) ? thisYear : thisYear + 1;
  const city = staff('city_reviewer', region.prefectureCode);
  for (let reportYear = Number(recognizedAt.slice(0, 4)); reportYear < nextDueYear; reportYear += 1) {
    const latest = reportYear === nextDueYear - 1;
    const metrics = metricsOf(latest && figures.latest ? figures.latest : 'eligible');
    const onTime = addDays(annualReportDeadline(reportYear + 1, lifecycle()), -20);
    const submittedAt = onTime < today ? atHour(onTime, 10) : new Date(now.getTime() - 3_600_000);
    const draftedAt = new Date(submittedAt.getTime() - 7 * 86_400_000);
    const report = await strapi.documents('api::annual-report.annual-report').create({
      data: {
        cluster: clusterId,
        year: reportYear,
        status: 'submitted',
        submittedAt: submittedAt.toISOString(),
        narrative: `${reportYear}年度集群发展情况（演示数据）。`,
        ...metricsData(metrics, reportYear),
        ...actualsOf(figures.actuals, reportYear),
        report: await evaluateAnnual(metrics, reportYear, { clusterId, now: submittedAt }),
      } as never,
    });
    const subject = { actor: city, subjectType: 'annual-report', subjectId: report.documentId, ...region };
    await recordAudit({ ...subject, action: 'create', toState: 'draft', at: draftedAt });
    await recordAudit({ ...subject, action: 'submit', fromState: 'draft', toState: 'submitted', reportRef: null, at: submittedAt });
    await annualReportResource.afterUpdate?.({ ...report, cluster: { documentId: clusterId } }, city);
  }
}

/** A report's actual values of the target indicators: its plan year's, or the last plan year's after the plan. */
function actualsOf(actuals: { planBaselineYear: number; byPlanYear: Array<Partial<Record<TargetIndicator, number>>> }, reportYear: number) {
  const { byPlanYear } = actuals;
  const values = byPlanYear[Math.min(reportYear - actuals.planBaselineYear, byPlanYear.length) - 1];
  return values ? { targetActuals: actualsData(values) } : {};
}

/** Plausible names for the demo's officials (演示): each account gets one, in order. */
const DEMO_NAMES = ['王丽', '李建国', '张敏', '刘洋', '陈静', '杨帆', '赵磊', '黄婷', '周强', '吴娟', '徐浩', '孙琳', '马骏', '朱蓉', '胡涛', '郭佳'];
const EXPERT_UNITS = ['贵州大学管理学院', '贵州省社会科学院产业经济研究所'];

/** The unit an official of the demo works for: the department of its level and region, or an expert's institute. */
function demoUnit(role: string, regionName: string | null, index: number): string {
  if (role === 'province_admin') return '贵州省工业和信息化厅中小企业处';
  if (role === 'expert') return EXPERT_UNITS[index % EXPERT_UNITS.length];
  return `${regionName}工业和信息化局`;
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
    // Every city reports yearly (Art. 19): the prefectures without clusters or applications in the demo get their city account last.
    ...[...regions.values()]
      .filter((region) => region.parentCode === null && !prefectures.includes(region.code))
      .map((region) => ({ email: `city-${region.code}@demo.local`, role: 'city_reviewer', region: `${region.code} ${region.name}`, regionId: region.id })),
  ];
  const userService = strapi.plugin('users-permissions').service('user');
  for (const [index, account] of accounts.entries()) {
    await userService.add({
      fullName: DEMO_NAMES[index % DEMO_NAMES.length],
      unit: demoUnit(account.role, account.regionId ? [...regions.values()].find((region) => region.id === account.regionId)!.name : null, index),
      username: account.email.split('@')[0],
      email: account.email,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: roles.get(account.role),
      region: account.regionId,
      ...expertTiesOf(data, account.email, regions),
    });
  }
  await createSuperAdmin(password);
  return accounts.map(({ email, role, region }) => ({ email, role, region }));
}

/** A demo expert's ties beyond its unit, as its account stores them: linked regions, other organizations one a line. */
function expertTiesOf(data: DemoData, email: string, regions: Awaited<ReturnType<typeof regionsByCode>>): Record<string, unknown> {
  const ties = data.expertTies?.[email];
  if (!ties) return {};
  return { expertRegions: ties.regionCodes.map((code) => regions.get(code)!.id), expertOrganizations: ties.organizations.join('\n') };
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
