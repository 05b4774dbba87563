import fs from 'fs';
import path from 'path';
import { isDeepStrictEqual } from 'util';
import type { Core } from '@strapi/strapi';
import { formPopulate, formToStrapi, type ApplicationForm } from '@sme-cluster/rules';
import { formData } from '../../src/api/application/form';
import { applicationResource } from '../../src/api/application/resource';
import { withFileIds } from '../../src/bootstrap/demo';
import { BulkWriter } from './bulk';
import { backfillComponentCopies } from '../../src/records/component-copies';

/**
 * The benchmark's dataset, on top of the demo data: applications with whole forms across every
 * county of the province, three call years and every state; recognized clusters with an annual
 * report each; a change filing for one cluster in four. `BENCH_SIZE` picks 10k (10,000 applications,
 * 2,000 clusters; the default) or 100k (100,000 and 20,000); `BENCH_APPLICATIONS` and
 * `BENCH_CLUSTERS` set either number, e.g. lower for a quick look.
 */
const PRESETS: Record<string, { applications: number; clusters: number }> = {
  '10k': { applications: 10_000, clusters: 2_000 },
  '100k': { applications: 100_000, clusters: 20_000 },
};
const preset = PRESETS[process.env.BENCH_SIZE ?? '10k'];
if (!preset) throw new Error(`BENCH_SIZE must be one of ${Object.keys(PRESETS).join(', ')}`);
export const SIZES = {
  applications: Number(process.env.BENCH_APPLICATIONS ?? preset.applications),
  clusters: Number(process.env.BENCH_CLUSTERS ?? preset.clusters),
};

/** A realistic mix: most applications still with the county or the city, a tail already decided. */
const STATUS_MIX: Array<[string, number]> = [
  ['draft', 20],
  ['submitted', 15],
  ['city_review', 15],
  ['recommended', 10],
  ['province_review', 10],
  ['shortlisted', 5],
  ['public_notice', 5],
  ['recognized', 10],
  ['returned', 5],
  ['rejected', 5],
];
const STATUSES = STATUS_MIX.flatMap(([status, weight]) => Array<string>(weight).fill(status));
const EXAMPLES = ['eligible', 'needs-review', 'ineligible', 'incomplete', 'tongren-manganese', 'zunyi-liquor'];
const VERDICTS: Record<string, string> = { eligible: 'eligible', 'needs-review': 'needs_review', ineligible: 'ineligible', incomplete: 'incomplete' };
const YEARS = [2024, 2025, 2026];
/** Records queued in memory between two writes (one transaction each). */
const BATCH = 2_000;
const APPLICATION = 'api::application.application';
const CLUSTER = 'api::cluster.cluster';
const ANNUAL_REPORT = 'api::annual-report.annual-report';
const CHANGE_FILING = 'api::change-filing.change-filing';

/**
 * The files whose change makes a cached dataset stale: the form, the examples, this generator and
 * how the database stores values.
 * Content-type changes (a new column or index) do not: Strapi syncs the schema of a cached copy on boot.
 */
export function datasetInputs(appDir: string): string[] {
  const root = path.resolve(appDir, '..');
  const components = path.join(appDir, 'src', 'components', 'form');
  return [
    ...fs.readdirSync(components).sort().map((name) => path.join(components, name)),
    ...EXAMPLES.map((name) => path.join(root, 'rules', 'examples', `${name}.json`)),
    path.join(root, 'rules', 'src', 'form', 'descriptor.ts'),
    path.join(root, 'database', 'seed', 'demo.json'),
    path.join(appDir, 'scripts', 'bench', 'dataset.ts'),
    path.join(appDir, 'scripts', 'bench', 'bulk.ts'),
    // How values are stored (PostgreSQL's compression of large JSON values).
    path.join(appDir, 'config', 'database.ts'),
  ];
}

type Data = Record<string, unknown>;
interface County {
  code: string;
  documentId: string;
  parent: { code: string; documentId: string };
}
/** One record of the dataset: what the document service would be given to create it, and how to read it back whole. */
interface Planned {
  uid: string;
  data: Data;
  populate: Record<string, unknown>;
}

/** The dataset's records by number, the same for the bulk write and for the document service that checks it. */
async function planner(strapi: Core.Strapi) {
  const regions = (await strapi.db.query('api::region.region').findMany({ where: { level: 'county' }, populate: { parent: true }, orderBy: { code: 'asc' } })) as County[];
  const evidence = (await strapi.db.query('plugin::upload.file').findOne({ select: ['id'], orderBy: { id: 'asc' } })) as { id: number } | null;
  if (!evidence) throw new Error('the demo data must be loaded first (its evidence file is reused)');
  const examples = EXAMPLES.map((name) => {
    const file = path.resolve(strapi.dirs.app.root, '..', 'rules', 'examples', `${name}.json`);
    return { name, form: withFileIds(JSON.parse(fs.readFileSync(file, 'utf8')).form, evidence.id) as ApplicationForm };
  });

  const notices = new Map<number, string>();
  for (const notice of (await strapi.db.query('api::call-notice.call-notice').findMany({ select: ['year', 'documentId'] })) as Array<{ year: number; documentId: string }>) {
    notices.set(notice.year, notice.documentId);
  }
  for (const year of YEARS.filter((y) => !notices.has(y))) {
    const created = await strapi.documents('api::call-notice.call-notice').create({
      data: { year, title: `${year}年中小企业特色产业集群申报通知（基准）`, documentNumber: `黔工信（基准）〔${year}〕1号`, opensOn: `${year}-03-01`, closesOn: `${year}-04-30`, cityRecommendationDeadline: `${year}-05-31`, cityQuotaMin: 1, cityQuotaMax: 5, publicNoticeDays: 5, status: 'closed' } as never,
    });
    notices.set(year, created.documentId);
  }

  const figures = examples[0].form;
  const reportSections = formToStrapi({ leadingIndustry: figures.leadingIndustry, innovation: figures.innovation, digital: figures.digital, green: figures.green });
  const sectionsPopulate = (data: Data) => Object.fromEntries(Object.entries(formPopulate).filter(([section]) => section in data));

  return {
    async application(index: number): Promise<Planned> {
      const county = regions[index % regions.length];
      const example = examples[index % examples.length];
      const year = YEARS[index % YEARS.length];
      const status = STATUSES[(index * 7) % STATUSES.length];
      const form: ApplicationForm = {
        ...example.form,
        cover: { ...example.form.cover, region: { city: county.parent.code, county: county.code } },
        basic: { ...example.form.basic, clusterName: `中小企业特色产业集群（基准${index}号）` },
      };
      const data = {
        ...(await formData(form, year, { prefectureCode: county.parent.code, countyCode: county.code })),
        status,
        verdict: status === 'draft' ? null : VERDICTS[example.name] ?? 'eligible',
        callNotice: notices.get(year),
        county: county.documentId,
        prefecture: county.parent.documentId,
        submittedAt: status === 'draft' ? null : `${year}-04-${String(1 + (index % 28)).padStart(2, '0')}T02:00:00.000Z`,
      };
      return { uid: APPLICATION, data, populate: applicationResource.detail!.populate as Record<string, unknown> };
    },
    cluster(index: number): Planned {
      const county = regions[index % regions.length];
      const data = {
        name: `中小企业特色产业集群（基准集群${index}号）`,
        leadingIndustry: '基准产业',
        industryType: 'secondary',
        status: 'recognized',
        recognizedAt: '2025-06-30',
        validUntil: '2028-06-30',
        county: county.documentId,
        prefecture: county.parent.documentId,
      };
      return { uid: CLUSTER, data, populate: { county: true, prefecture: true } };
    },
    annualReport(cluster: string): Planned {
      const data = { ...reportSections, cluster, year: 2025, status: 'submitted', submittedAt: '2026-03-01T02:00:00.000Z', narrative: '年度发展情况（基准）' };
      return { uid: ANNUAL_REPORT, data, populate: { cluster: true, ...sectionsPopulate(data) } };
    },
    changeFiling(cluster: string): Planned {
      const data = { cluster, kind: 'operator', before: '原运营主体', after: '新运营主体', changedOn: '2026-05-01', filedOn: '2026-05-20', late: false, status: 'filed' };
      return { uid: CHANGE_FILING, data, populate: { cluster: true } };
    },
  };
}

/** What differs between two copies of the same record made at different times: ids, documentIds and clocks. */
const VOLATILE = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'formUpdatedAt']);
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !VOLATILE.has(key)).map(([key, child]) => [key, comparable(child)]));
  }
  return value;
}

function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Data)[key], (b as Data)[key], `${at}.${key}`);
      if (found) return found;
    }
    return '';
  }
  return isDeepStrictEqual(a, b) ? '' : `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

class Reference extends Error {
  constructor(readonly record: unknown) {
    super('reference record, rolled back');
  }
}

/**
 * The bulk write must store what the document service would: each sample is created again through
 * `strapi.documents(uid).create` in a transaction that is rolled back, and both copies, read with the
 * console's populate, must be equal but for ids and clocks.
 */
async function checkAgainstDocumentService(strapi: Core.Strapi, samples: Array<Planned & { documentId: string }>): Promise<void> {
  for (const sample of samples) {
    const stored = await strapi.documents(sample.uid as never).findOne({ documentId: sample.documentId, populate: sample.populate as never });
    let reference: unknown;
    try {
      await strapi.db.transaction(async () => {
        const created = await strapi.documents(sample.uid as never).create({ data: sample.data as never });
        throw new Reference(await strapi.documents(sample.uid as never).findOne({ documentId: created.documentId, populate: sample.populate as never }));
      });
    } catch (error) {
      if (!(error instanceof Reference)) throw error;
      reference = error.record;
    }
    const difference = firstDifference(comparable(stored), comparable(reference));
    if (difference) throw new Error(`the bulk-written ${sample.uid} differs from the document service's: ${sample.uid}${difference}`);
  }
}

function progress(label: string, done: number, count: number, started: number): void {
  if (done < count) {
    if (process.stdout.isTTY) process.stdout.write(`\r  ${label}: ${done}/${count}`);
    return;
  }
  console.log(`${process.stdout.isTTY ? '\r' : ''}  ${label}: ${count} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Writes the dataset in bulk (BulkWriter), BATCH records per transaction, then checks a sample of
 * every kind of record against the document service.
 */
export async function generateDataset(strapi: Core.Strapi): Promise<void> {
  const plan = await planner(strapi);
  const writer = await BulkWriter.open(strapi, [APPLICATION, CLUSTER, ANNUAL_REPORT, CHANGE_FILING]);
  // Creation times one second apart, oldest first, as if entered one after the other (lists sort by them).
  const clock = (index: number, count: number) => {
    const at = new Date(Date.now() - (count - index) * 1000);
    return { createdAt: at, updatedAt: at };
  };
  const samples: Array<Planned & { documentId: string }> = [];
  const sampled = (count: number) => new Set([...EXAMPLES.keys(), count - 1]);

  let started = Date.now();
  const applicationSamples = sampled(SIZES.applications);
  for (let index = 0; index < SIZES.applications; index += 1) {
    const planned = await plan.application(index);
    const { documentId } = writer.create(planned.uid, { ...planned.data, ...clock(index, SIZES.applications) });
    if (applicationSamples.has(index)) samples.push({ ...planned, documentId });
    if ((index + 1) % BATCH === 0 || index + 1 === SIZES.applications) {
      await writer.flush();
      progress('applications', index + 1, SIZES.applications, started);
    }
  }

  started = Date.now();
  const clusterSamples = sampled(SIZES.clusters);
  for (let index = 0; index < SIZES.clusters; index += 1) {
    const planned = [plan.cluster(index)];
    const cluster = writer.create(planned[0].uid, { ...planned[0].data, ...clock(index, SIZES.clusters) });
    planned.push(plan.annualReport(cluster.documentId));
    if (index % 4 === 0) planned.push(plan.changeFiling(cluster.documentId));
    const written = [cluster, ...planned.slice(1).map((record) => writer.create(record.uid, { ...record.data, ...clock(index, SIZES.clusters) }))];
    if (clusterSamples.has(index)) planned.forEach((record, at) => samples.push({ ...record, documentId: written[at].documentId }));
    if ((index + 1) % BATCH === 0 || index + 1 === SIZES.clusters) {
      await writer.flush();
      progress('clusters with annual reports and filings', index + 1, SIZES.clusters, started);
    }
  }

  started = Date.now();
  await checkAgainstDocumentService(strapi, samples);
  console.log(`  ${samples.length} records checked against the document service in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // What the console's save writes beside each form (records/component-copies.ts), here for the bulk-written ones.
  started = Date.now();
  const copied = await backfillComponentCopies(APPLICATION);
  console.log(`  ${copied} form copies written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
