import { z } from 'zod';
import {
  ANNUAL_REPORT_EDITABLE_STATES,
  failedCriteriaNote,
  IN_EFFECT_STATUSES,
  NARRATIVE_MAX_CHARS,
  reportYearProblem,
  todayInShanghai,
  annualReportLifecycle,
  mayStart,
  scopeOf,
  type AnnualEvaluation,
  type AnnualReportRecord,
  type AnnualReportStatus,
} from '@sme-cluster/rules';
import { scopeFilter, type RecordResource } from '../../records/resource';
import { codeOf } from '../../records/regions';
import { roleMatrix } from '../../lib/config';
import { conflict, invalid } from '../../lib/errors';
import { recordGround } from '../../workflow/grounds';
import { clusterResource } from '../cluster/resource';
import {
  actualsData,
  actualsFromEntity,
  evaluateAnnual,
  metricsData,
  metricsFromEntity,
  metricsPopulate,
  parseActuals,
  parseMetrics,
} from '../../workflow/annual-figures';

const createSchema = z.object({
  clusterId: z.string().min(1),
  year: z.number().int().min(2020).max(2100),
  metrics: z.unknown().optional(),
  targetActuals: z.unknown().optional(),
  narrative: z.string().max(NARRATIVE_MAX_CHARS).nullish(),
});
/** A draft's figures and narrative can change until the city submits it; then it is on record. */
const updateSchema = z.object({
  metrics: z.unknown().optional(),
  targetActuals: z.unknown().optional(),
  narrative: z.string().max(NARRATIVE_MAX_CHARS).nullish(),
  submit: z.boolean().optional(),
  version: z.number().int().min(0).optional(),
});
type AnnualReportInput = z.infer<typeof updateSchema> & Partial<z.infer<typeof createSchema>>;

const clusterPopulate = { fields: ['name'], populate: { prefecture: { fields: ['code'] }, county: { fields: ['code'] } } };

const summary = (entity: Record<string, unknown>): AnnualReportRecord => {
  const cluster = entity.cluster as { documentId: string; name: string; prefecture?: unknown; county?: unknown } | null;
  const report = entity.report as AnnualEvaluation | null;
  return {
    id: String(entity.documentId),
    clusterId: cluster?.documentId ?? null,
    clusterName: cluster?.name ?? null,
    prefectureCode: codeOf(cluster?.prefecture),
    countyCode: codeOf(cluster?.county),
    year: Number(entity.year),
    status: entity.status as AnnualReportRecord['status'],
    submittedAt: (entity.submittedAt as string) ?? null,
    // Meeting the criteria is shown only by figures that decide every hard rule and fail none.
    meetsCriteria: report ? report.failed.length === 0 && !report.missing?.length : null,
    failedRules: report?.failed ?? [],
    missingRules: report?.missing ?? [],
    version: Number(entity.version ?? 0),
    updatedAt: String(entity.updatedAt),
  };
};

/** The cluster must be recognized and lie in the caller's own prefecture: the same scope as reading it. */
async function clusterInScope(clusterId: string, principal: Parameters<NonNullable<RecordResource<AnnualReportRecord>['toData']>>[1]) {
  const scope = scopeOf(roleMatrix(), principal.role, 'annual-reports', 'create')!;
  const cluster = await strapi.documents('api::cluster.cluster').findFirst({
    filters: { $and: [scopeFilter(clusterResource, scope, principal), { documentId: clusterId }, { status: { $in: IN_EFFECT_STATUSES } }] } as never,
  });
  if (!cluster) invalid([{ path: 'clusterId', message: { zh: '集群不存在、未认定或不属于本辖区', en: 'No such recognized cluster in your region' } }]);
  return cluster;
}

export const annualReportResource: RecordResource<AnnualReportRecord, AnnualReportInput> = {
  resource: 'annual-reports',
  uid: 'api::annual-report.annual-report',
  idField: 'documentId',
  populate: { cluster: clusterPopulate },
  toRecord: summary,
  detail: {
    populate: { cluster: clusterPopulate, targetActuals: true, ...metricsPopulate },
    toRecord: (entity) => ({
      ...summary(entity),
      metrics: metricsFromEntity(entity),
      targetActuals: actualsFromEntity(entity),
      narrative: (entity.narrative as string) ?? null,
      report: (entity.report as AnnualEvaluation) ?? null,
    }),
  },
  scopePaths: { prefecture: 'cluster.prefecture.code', county: 'cluster.county.code' },
  filters: { clusterId: 'cluster.documentId', year: 'year', status: 'status', prefectureCode: 'cluster.prefecture.code', countyCode: 'cluster.county.code' },
  searchFields: ['cluster.name'],
  sortable: { year: 'year', status: 'status', submittedAt: 'submittedAt', updatedAt: 'updatedAt' },
  defaultSort: ['year', 'DESC'],
  input: createSchema as z.ZodType<AnnualReportInput>,
  updateInput: updateSchema,
  async toData(input, principal, existing) {
    const metrics = input.metrics === undefined ? undefined : parseMetrics(input.metrics);
    // The figures and the actuals are checked before anything else, so a wrong one changes nothing.
    const actuals = input.targetActuals === undefined ? undefined : actualsData(parseActuals(input.targetActuals));
    const given = { ...(input.narrative === undefined ? {} : { narrative: input.narrative }), ...(actuals ? { targetActuals: actuals } : {}) };
    if (!existing) {
      const { clusterId, year } = createSchema.parse(input);
      const cluster = await clusterInScope(clusterId, principal);
      const outside = reportYearProblem(year, cluster as { recognizedAt?: string | null; validUntil?: string | null }, todayInShanghai());
      if (outside) invalid([{ path: 'year', message: outside }]);
      const duplicate = await strapi
        .documents('api::annual-report.annual-report')
        .findFirst({ filters: { year, cluster: { documentId: cluster.documentId } } as never });
      if (duplicate) conflict(`该集群${year}年度发展情况已存在 / The ${year} report of this cluster already exists`);
      return { cluster: cluster.documentId, year, status: 'draft', ...given, ...(metrics ? metricsData(metrics, year) : {}) };
    }
    const status = existing.status as AnnualReportStatus;
    if (!ANNUAL_REPORT_EDITABLE_STATES.includes(status)) conflict('年度发展情况已报送，不能修改 / The report is submitted and can no longer change');
    const year = Number(existing.year);
    const data: Record<string, unknown> = { ...given, ...(metrics ? metricsData(metrics, year) : {}) };
    if (input.submit) {
      if (!mayStart(annualReportLifecycle, principal.role, 'submit', status)) conflict('年度发展情况由市（州）报送 / The city submits the report');
      const stored = await strapi
        .documents('api::annual-report.annual-report')
        .findOne({ documentId: String(existing.documentId), populate: metricsPopulate as never });
      const figures = { ...metricsFromEntity(stored as Record<string, unknown>), ...metrics };
      if (!figures.leadingIndustry?.years?.[2]?.totalOutput) {
        invalid([
          {
            path: 'metrics.leadingIndustry.years.2.totalOutput',
            message: { zh: '报送前请填写本年度集群总产值', en: 'Fill in the total output of the year before submitting' },
          },
        ]);
      }
      Object.assign(data, {
        status: 'submitted',
        submittedAt: new Date().toISOString(),
        report: await evaluateAnnual(figures, year, { clusterId: (existing.cluster as { documentId: string }).documentId }),
      });
    }
    return data;
  },
  /** A submitted report failing a hard criterion puts Art. 20 (一) on record for the revocation sweep. */
  async afterUpdate(entity) {
    const report = entity.report as AnnualEvaluation | null;
    // Only the submitting update reaches a submitted report: later updates are refused in toData.
    if (entity.status !== 'submitted' || !report?.failed.length) return;
    await recordGround({
      clusterId: (entity.cluster as { documentId: string }).documentId,
      ground: 'no_longer_meets_criteria',
      source: 'annual_report',
      sourceId: String(entity.documentId),
      note: failedCriteriaNote(report),
    });
  },
  versioned: true,
  auditSubject: 'annual-report',
};
