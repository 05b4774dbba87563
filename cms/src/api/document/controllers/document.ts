import fs from 'fs';
import { PassThrough, Writable } from 'stream';
import { finished } from 'stream/promises';
import { z } from 'zod';
import type { Core } from '@strapi/strapi';
import {
  IN_EFFECT_STATUSES,
  evaluate,
  fieldErrorsFromZod,
  formFromStrapi,
  nationalSummaryRow,
  reportYearProblem,
  scopeOf,
  todayInShanghai,
} from '@sme-cluster/rules';
import { authorize, listSort, userFilters } from '../../../records/controller';
import { findScoped } from '../../../records/access';
import { parseListQuery } from '../../../records/query';
import { applicationResource } from '../../application/resource';
import { applicationPdf } from '../../../documents/application-pdf';
import { writeApplicationsWorkbook, type ExportedApplication, type ExportedReport } from '../../../documents/applications-sheet';
import { idBatches, listApplications, readApplications, storedOutcomes, type BatchEntity } from '../../../workflow/application-batches';
import { overlapped, streamBatchRun } from '../../../lib/batch-run';
import { annualTemplate, readAnnualSheet, TemplateMismatch, type CellError, type SheetRow } from '../../../documents/annual-report-sheet';
import { recommendationPackage } from '../../../documents/recommendation-package';
import { cityReportsWorkbook } from '../../../documents/city-reports-sheet';
import { cityReportResource } from '../../city-report/resource';
import { cityReportCalendar } from '../../../workflow/city-reports';
import { roleMatrix } from '../../../lib/config';
import { thresholds } from '../../../workflow/config';
import { forbidden, invalid } from '../../../lib/errors';
import { recordAudit } from '../../../lib/audit';
import { annualReportClusters } from '../scope';
import { actualsData, metricsData } from '../../../workflow/annual-figures';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Entity = Record<string, unknown>;

const detailPopulate = applicationResource.detail!.populate;
const BATCH = 100;

const named = (region: unknown) => (region as { name?: string } | null)?.name ?? null;
const callYearOf = (entity: Entity) => Number((entity.callNotice as { year: number }).year);

function pdfInput(entity: Entity) {
  return { form: formFromStrapi(entity), callYear: callYearOf(entity), region: { prefecture: named(entity.prefecture), county: named(entity.county) } };
}

/** Both the ASCII fallback and the Chinese name (RFC 6266), so browsers save "集群名称.pdf". */
function attachment(ctx: Ctx, type: string, fileName: string, fallback: string): void {
  ctx.set('Content-Disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  ctx.type = type;
}

function download(ctx: Ctx, body: Buffer, type: string, fileName: string, fallback: string): void {
  attachment(ctx, type, fileName, fallback);
  ctx.body = body;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The stored report's outcomes when there is one (what reviewers saw), else the rules run on the stored form now. */
function exportedRow(entity: BatchEntity, stored: ExportedReport | undefined): ExportedApplication {
  const form = formFromStrapi(entity);
  return {
    id: entity.documentId,
    clusterName: entity.clusterName,
    prefecture: named(entity.prefecture),
    county: named(entity.county),
    status: entity.status,
    callYear: callYearOf(entity),
    form,
    report: stored ?? evaluate(form, { callYear: callYearOf(entity), thresholds: thresholds() }),
  };
}

/** Every matching application in batches, so a province-wide export never loads all forms at once. */
async function* applicationsMatching(filters: unknown, sort: Record<string, string>, populate: object = detailPopulate): AsyncGenerator<Entity> {
  for (let start = 0; ; start += BATCH) {
    const rows = (await strapi
      .documents(applicationResource.uid)
      .findMany({ filters: filters as never, sort: sort as never, start, limit: BATCH, populate: populate as never })) as Entity[];
    yield* rows;
    if (rows.length < BATCH) return;
  }
}

const calendarYear = z.coerce.number().int().min(2020).max(2100);
const yearQuery = z.object({ year: calendarYear });
function parseQuery<T>(schema: z.ZodType<T>, query: unknown): T {
  const parsed = schema.safeParse(query);
  if (!parsed.success) invalid(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

const importQuery = yearQuery.extend({ mode: z.enum(['all', 'validOnly']).default('all') });

export default {
  /** GET /applications/:id/form.pdf — the 申报表 as printed, for whoever may read the application. */
  async formPdf(ctx: Ctx) {
    const { scoped } = await authorize(ctx, applicationResource, 'read');
    const entity = await findScoped(applicationResource, ctx.params.id, scoped, detailPopulate);
    const pdf = await applicationPdf(pdfInput(entity));
    download(ctx, pdf, 'application/pdf', `${(entity.clusterName as string) || '申报表'}.pdf`, `application-${entity.documentId}.pdf`);
  },

  /**
   * GET /applications/export.xlsx — the console list's rows (same filter, same scope), every figure,
   * streamed as it is written. Asked with `Accept: application/x-ndjson` it comes as a batch run
   * (lib/batch-run.ts): the console shows how many rows are out, then saves the file.
   */
  async exportApplications(ctx: Ctx) {
    const { scoped } = await authorize(ctx, applicationResource, 'read');
    const query = parseListQuery(ctx.query as Record<string, unknown>);
    const listed = await listApplications({ $and: [scoped, ...userFilters(applicationResource, query.filter)] }, listSort(applicationResource, query));
    const callYears = listed.map((row) => Number(row.callNotice?.year));
    const rows = () =>
      overlapped(idBatches(listed), async (ids) => {
        const [{ rows: batch }, outcomes] = await Promise.all([readApplications(ids), storedOutcomes(ids)]);
        return batch.map((row) => exportedRow(row, outcomes.get(row.id)));
      });
    if (ctx.get('Accept').includes('application/x-ndjson')) {
      streamBatchRun(ctx, {
        total: listed.length,
        file: { name: '申报汇总.xlsx', mime: XLSX },
        async execute(run) {
          const chunks = new Writable({ write: (chunk: Buffer, _encoding, done) => void run.send(chunk).then(() => done(), done) });
          await writeApplicationsWorkbook(chunks, callYears, rows(), (batch) =>
            run.report(batch.map((row) => ({ id: row.id, name: row.clusterName ?? '', done: 'exported' }))),
          );
          await finished(chunks.end());
        },
      });
      return;
    }
    const file = new PassThrough();
    attachment(ctx, XLSX, '申报汇总.xlsx', 'applications.xlsx');
    ctx.body = file;
    writeApplicationsWorkbook(file, callYears, rows()).catch((error: Error) => file.destroy(error));
  },

  /** GET /applications/recommendation-package.zip?callYear= — the province's package to the national level: the applications it marked 拟推荐国家级. */
  async recommendationPackage(ctx: Ctx) {
    const { principal } = await authorize(ctx, applicationResource, 'read');
    if (scopeOf(roleMatrix(), principal.role, 'applications', 'read') !== 'all')
      forbidden('只有省级可以导出推荐材料 / Only the province exports the recommendation package');
    const { callYear } = parseQuery(z.object({ callYear: calendarYear }), ctx.query);
    const filters = { callNotice: { year: callYear }, status: { $eq: 'recognized' }, nationalRecommended: { $eq: true } };
    const entries = [];
    const populate = { ...detailPopulate, cluster: { fields: ['name', 'leadingIndustry'] } };
    for await (const entity of applicationsMatching(filters, { clusterName: 'asc' }, populate)) {
      const reviews = (await strapi.db.query('api::expert-review.expert-review').findMany({
        where: { application: { documentId: entity.documentId }, submitted: true, conflictOfInterest: 'none' },
        select: ['weightedScore'],
      })) as Array<{ weightedScore: unknown }>;
      const scores = reviews.map((r) => Number(r.weightedScore)).filter((s) => Number.isFinite(s));
      const form = formFromStrapi(entity);
      entries.push({
        ...nationalSummaryRow(form, {
          callYear,
          clusterName: (entity.clusterName as string) ?? '',
          province: '贵州省',
          prefecture: named(entity.prefecture),
          county: named(entity.county),
          leadingIndustry: (entity.cluster as { leadingIndustry?: string } | null)?.leadingIndustry ?? leadingIndustryFromName(entity),
          score: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
        }),
        pdf: await applicationPdf(pdfInput(entity)),
      });
    }
    entries.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    download(ctx, await recommendationPackage(callYear, entries), 'application/zip', `${callYear}年推荐材料.zip`, `recommendation-${callYear}.zip`);
  },

  /**
   * GET /city-reports/workbook.xlsx?year= — every city's report of the year, one sheet of narratives
   * and one of figures, the cities without a report named too. It reads every city: the province's only.
   */
  async cityReportsWorkbook(ctx: Ctx) {
    const { principal } = await authorize(ctx, cityReportResource, 'read');
    if (scopeOf(roleMatrix(), principal.role, 'city-reports', 'read') !== 'all')
      forbidden('只有省工业和信息化厅可以下载全省汇总 / Only the province downloads every city');
    const { year } = parseQuery(yearQuery, ctx.query);
    const [regions, reports] = await Promise.all([
      strapi.db.query('api::region.region').findMany({ select: ['code', 'name', 'level'], orderBy: { code: 'asc' } }) as Promise<
        Array<{ code: string; name: string; level: string }>
      >,
      strapi.documents('api::city-report.city-report').findMany({ filters: { year } as never, populate: cityReportResource.populate as never }),
    ]);
    const byPrefecture = new Map(reports.map((entity) => cityReportResource.toRecord(entity as Entity)).map((report) => [report.prefectureCode, report]));
    const { deadline } = cityReportCalendar(year);
    const cities = regions
      .filter((region) => region.level === 'prefecture')
      .map((prefecture) => {
        const report = byPrefecture.get(prefecture.code);
        const overdue = report ? report.overdue : cityReportCalendar(year).today > deadline;
        return { prefectureName: prefecture.name, overdue, report };
      });
    const countyNames = new Map(regions.filter((region) => region.level === 'county').map((region) => [region.code, region.name]));
    download(ctx, await cityReportsWorkbook(year, deadline, cities, countyNames), XLSX, `${year}年度市（州）年度报告汇总.xlsx`, `city-reports-${year}.xlsx`);
  },

  /** GET /annual-reports/template.xlsx?year= — one row per recognized cluster the caller reports for. */
  async annualTemplate(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, annualReportClusters, 'create');
    const { year } = parseQuery(yearQuery, ctx.query);
    const clusters = (await strapi.documents('api::cluster.cluster').findMany({
      filters: { $and: [scoped, { status: { $in: IN_EFFECT_STATUSES } }] } as never,
      sort: { name: 'asc' } as never,
      fields: ['name'],
    })) as unknown as Array<{ documentId: string; name: string }>;
    const sheet = await annualTemplate(
      year,
      principal.region?.name ?? '',
      clusters.map((c) => ({ id: c.documentId, name: c.name })),
    );
    download(ctx, sheet, XLSX, `${year}年度集群发展情况.xlsx`, `annual-reports-${year}.xlsx`);
  },

  /**
   * POST /annual-reports/import?year=&mode= — writes the figures of every row, or of none when a row
   * is wrong (mode=all); mode=validOnly writes the valid rows and lists the skipped ones.
   */
  async annualImport(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, annualReportClusters, 'create');
    const { year, mode } = parseQuery(importQuery, ctx.query);
    const upload = (ctx.request as { files?: Record<string, { filepath: string } | Array<{ filepath: string }>> }).files?.file;
    const file = Array.isArray(upload) ? upload[0] : upload;
    if (!file) invalid([{ path: 'file', message: { zh: '请上传填好的 Excel 模板（字段名 file）', en: 'Upload the filled-in Excel template (field "file")' } }]);
    let rows: SheetRow[];
    try {
      rows = await readAnnualSheet(fs.readFileSync(file.filepath), year);
    } catch (error) {
      if (error instanceof TemplateMismatch) invalid([{ path: 'file', message: bilingual(error.message) }], error.message);
      throw error;
    }
    await checkClusters(rows, scoped, year);
    const invalidRows = rows.filter((row) => row.errors.length);
    const errors: CellError[] = invalidRows.flatMap((row) => row.errors);
    if (errors.length && mode === 'all') invalid(errors, '导入文件有误，未导入任何数据 / The file has errors; nothing was imported');
    const toWrite = rows.filter((row) => !row.errors.length && row.metrics);
    const written = await strapi.db.transaction(async () => {
      const out = [];
      for (const row of toWrite) out.push({ row: row.row, clusterName: row.clusterName, ...(await writeReport(row, year)) });
      await recordAudit({
        actor: principal,
        action: 'import',
        subjectType: 'annual-report',
        subjectId: String(year),
        prefectureCode: principal.prefectureCode,
        details: {
          year,
          mode,
          rows: out.map((w) => ({ row: w.row, annualReportId: w.annualReportId, created: w.created })),
          skipped: invalidRows.map((r) => r.row),
        },
      });
      return out;
    });
    ctx.body = {
      year,
      mode,
      imported: written,
      skipped: invalidRows.map((row) => ({ row: row.row, clusterName: row.clusterName, errors: row.errors })),
      blank: rows.filter((row) => !row.errors.length && !row.metrics).map((row) => row.row),
    };
  },
};

/** Before recognition there is no cluster record: the name's pattern 中小企业特色产业集群（XX县XX产业） carries it. */
function leadingIndustryFromName(entity: Entity): string | null {
  const inner = /（(.+)）$/.exec(String(entity.clusterName ?? ''))?.[1];
  const county = named(entity.county);
  return inner ? (county ? inner.replace(county, '') : inner) : null;
}

function bilingual(message: string): { zh: string; en: string } {
  const [zh, en] = message.split(' / ');
  return { zh, en: en ?? zh };
}

/** Every row must name a recognized cluster the caller reports for, once, with no submitted report yet. */
async function checkClusters(rows: SheetRow[], scoped: Record<string, unknown>, year: number): Promise<void> {
  const ids = [...new Set(rows.map((row) => row.clusterId).filter((id): id is string => Boolean(id)))];
  const clusters = (await strapi.documents('api::cluster.cluster').findMany({
    filters: { $and: [scoped, { status: { $in: IN_EFFECT_STATUSES } }, { documentId: { $in: ids } }] } as never,
    fields: ['name', 'recognizedAt', 'validUntil'],
  })) as unknown as Array<{ documentId: string; recognizedAt: string | null; validUntil: string | null }>;
  const allowed = new Set(clusters.map((c) => c.documentId));
  const today = todayInShanghai();
  const outsideOf = new Map(clusters.map((c) => [c.documentId, reportYearProblem(year, c, today)]));
  const submitted = new Set(
    (
      (await strapi.db.query('api::annual-report.annual-report').findMany({
        where: { year, status: 'submitted', cluster: { documentId: { $in: ids } } },
        populate: { cluster: { select: ['documentId'] } },
      })) as Array<{ cluster: { documentId: string } | null }>
    ).map((r) => r.cluster?.documentId),
  );
  const seen = new Set<string>();
  for (const row of rows) {
    const at = { row: row.row, column: 'B', header: '集群名称', path: `B${row.row}` };
    const id = row.clusterId;
    if (!id || !allowed.has(id)) {
      row.errors.unshift({
        ...at,
        message: { zh: '该集群不是本辖区已认定的集群，请使用下载的模板', en: 'Not a recognized cluster of your region; use the downloaded template' },
      });
    } else if (outsideOf.get(id)) {
      row.errors.unshift({ ...at, message: outsideOf.get(id)! });
    } else if (seen.has(id)) {
      row.errors.unshift({ ...at, message: { zh: '同一集群出现多行', en: 'The same cluster appears in more than one row' } });
    } else if (submitted.has(id)) {
      row.errors.unshift({
        ...at,
        message: {
          zh: `该集群${year}年度报告已提交，不能再导入修改`,
          en: `The ${year} report of this cluster is already submitted and cannot be changed by import`,
        },
      });
    }
    if (id) seen.add(id);
  }
}

/** A draft report per cluster and year: created, or its figures replaced. */
async function writeReport(row: SheetRow, year: number): Promise<{ annualReportId: string; created: boolean }> {
  const reports = strapi.documents('api::annual-report.annual-report');
  const figures = { ...metricsData(row.metrics!, year), ...(row.targetActuals ? { targetActuals: actualsData(row.targetActuals) } : {}) };
  const [existing] = (await reports.findMany({ filters: { year, cluster: { documentId: row.clusterId } } as never, limit: 1 })) as Entity[];
  if (existing) {
    await reports.update({ documentId: String(existing.documentId), data: { ...figures, version: Number(existing.version ?? 0) + 1 } as never });
    return { annualReportId: String(existing.documentId), created: false };
  }
  const created = await reports.create({ data: { year, cluster: row.clusterId, status: 'draft', ...figures } as never });
  return { annualReportId: String(created.documentId), created: true };
}
