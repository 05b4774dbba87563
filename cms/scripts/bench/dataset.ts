import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { formToStrapi, type ApplicationForm } from '@sme-cluster/rules';
import { formData } from '../../src/api/application/form';
import { withFileIds } from '../../src/bootstrap/demo';

/**
 * The benchmark's dataset, on top of the demo data: 10,000 applications with whole forms across
 * every county of the province, three call years and every state; 2,000 recognized clusters with
 * an annual report each; a change filing for one cluster in four. Sizes can be lowered for a quick look.
 */
export const SIZES = {
  applications: Number(process.env.BENCH_APPLICATIONS ?? 10_000),
  clusters: Number(process.env.BENCH_CLUSTERS ?? 2_000),
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
const BATCH = 250;

/**
 * The files whose change makes a cached dataset stale: the form, the examples and this generator.
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
  ];
}

async function inBatches(count: number, create: (index: number) => Promise<unknown>, strapi: Core.Strapi, label: string): Promise<void> {
  const started = Date.now();
  for (let from = 0; from < count; from += BATCH) {
    await strapi.db.transaction(async () => {
      for (let index = from; index < Math.min(count, from + BATCH); index += 1) await create(index);
    });
    if (process.stdout.isTTY) process.stdout.write(`\r  ${label}: ${Math.min(count, from + BATCH)}/${count}`);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(`  ${label}: ${count} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export async function generateDataset(strapi: Core.Strapi): Promise<void> {
  const regions = (await strapi.db.query('api::region.region').findMany({ where: { level: 'county' }, populate: { parent: true }, orderBy: { code: 'asc' } })) as Array<{
    code: string;
    documentId: string;
    parent: { code: string; documentId: string };
  }>;
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

  await inBatches(SIZES.applications, async (index) => {
    const county = regions[index % regions.length];
    const example = examples[index % examples.length];
    const year = YEARS[index % YEARS.length];
    const status = STATUSES[(index * 7) % STATUSES.length];
    const form: ApplicationForm = {
      ...example.form,
      cover: { ...example.form.cover, region: { city: county.parent.code, county: county.code } },
      basic: { ...example.form.basic, clusterName: `中小企业特色产业集群（基准${index}号）` },
    };
    await strapi.documents('api::application.application').create({
      data: {
        ...(await formData(form, year, { prefectureCode: county.parent.code, countyCode: county.code })),
        status,
        verdict: status === 'draft' ? null : VERDICTS[example.name] ?? 'eligible',
        callNotice: notices.get(year),
        county: county.documentId,
        prefecture: county.parent.documentId,
        submittedAt: status === 'draft' ? null : `${year}-04-${String(1 + (index % 28)).padStart(2, '0')}T02:00:00.000Z`,
      } as never,
    });
  }, strapi, 'applications');

  const figures = examples[0].form;
  const reportSections = formToStrapi({ leadingIndustry: figures.leadingIndustry, innovation: figures.innovation, digital: figures.digital, green: figures.green });
  await inBatches(SIZES.clusters, async (index) => {
    const county = regions[index % regions.length];
    const cluster = await strapi.documents('api::cluster.cluster').create({
      data: {
        name: `中小企业特色产业集群（基准集群${index}号）`,
        leadingIndustry: '基准产业',
        industryType: 'secondary',
        status: 'recognized',
        recognizedAt: '2025-06-30',
        validUntil: '2028-06-30',
        county: county.documentId,
        prefecture: county.parent.documentId,
      } as never,
    });
    await strapi.documents('api::annual-report.annual-report').create({
      data: { ...reportSections, cluster: cluster.documentId, year: 2025, status: 'submitted', submittedAt: '2026-03-01T02:00:00.000Z', narrative: '年度发展情况（基准）' } as never,
    });
    if (index % 4 === 0) {
      await strapi.documents('api::change-filing.change-filing').create({
        data: { cluster: cluster.documentId, kind: 'operator', before: '原运营主体', after: '新运营主体', changedOn: '2026-05-01', filedOn: '2026-05-20', late: false, status: 'filed' } as never,
      });
    }
  }, strapi, 'clusters with annual reports and filings');
}
