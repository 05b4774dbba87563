import { z } from 'zod';
import {
  CHANGE_KINDS,
  IN_EFFECT_STATUSES,
  changeFilingLifecycle,
  changeFilingStepOf,
  scopeOf,
  targetsOf,
  type ChangeFilingStatus,
  type ChangeKind,
} from '@sme-cluster/rules';
import { scopeFilter, type RecordResource } from '../../records/resource';
import { codeOf } from '../../records/regions';
import { recordAudit } from '../../lib/audit';
import { roleMatrix } from '../../lib/config';
import type { StaffPrincipal } from '../../lib/principal';
import { conflict, forbidden, invalid } from '../../lib/errors';
import { recordGround } from '../../workflow/grounds';
import { clusterResource } from '../cluster/resource';
import { addMonths, todayInShanghai } from '@sme-cluster/rules';

export interface ChangeFilingRecord {
  id: string;
  clusterId: string | null;
  clusterName: string | null;
  prefectureCode: string | null;
  countyCode: string | null;
  kind: ChangeKind;
  before: string;
  after: string;
  areaKm2: number | null;
  changedOn: string;
  filedOn: string;
  late: boolean;
  status: ChangeFilingStatus;
  forwardedAt: string | null;
  createdAt: string;
}

const filingSchema = z
  .object({
    clusterId: z.string().min(1),
    kind: z.enum(CHANGE_KINDS),
    before: z.string().trim().min(1).max(1000),
    after: z.string().trim().min(1).max(1000),
    areaKm2: z.number().positive().max(100_000).nullish(),
    changedOn: z.iso.date(),
  })
  .superRefine((filing, ctx) => {
    if (filing.areaKm2 != null && filing.kind !== 'spatial_scope') {
      ctx.addIssue({
        code: 'custom',
        path: ['areaKm2'],
        message: 'area',
        params: { zh: '只有空间范围变动可以填写变动后面积', en: 'Only a change of spatial scope carries a new area' },
      });
    }
  });
/** After filing, the record only moves on along its lifecycle. */
const progressTargets = targetsOf(changeFilingLifecycle);
const progressSchema = z.object({ status: z.enum(progressTargets as [ChangeFilingStatus, ...ChangeFilingStatus[]]) });
type ChangeFilingInput = Partial<z.infer<typeof filingSchema>> & Partial<z.infer<typeof progressSchema>>;

/** Art. 18: due within one calendar month of the change; exactly one month is still on time. */
export const isLate = (changedOn: string, filedOn: string) => filedOn > addMonths(changedOn, 1);

const clusterPopulate = { fields: ['name'], populate: { prefecture: { fields: ['code'] }, county: { fields: ['code'] } } };

/** What an acknowledged change rewrites on its cluster; `other` changes nothing but stays on file. */
function clusterChangeOf(entity: Record<string, unknown>): Record<string, unknown> {
  const after = String(entity.after).trim();
  switch (entity.kind as ChangeKind) {
    case 'operator':
      return { operatorName: after.slice(0, 120) };
    case 'leading_industry':
      return { leadingIndustry: after.slice(0, 60) };
    case 'spatial_scope':
      return entity.areaKm2 == null ? {} : { areaKm2: Number(entity.areaKm2) };
    case 'other':
      return {};
  }
}

/**
 * Writes an acknowledged change onto the cluster, with the next version (a console edit made on the
 * old one gets 409) and an audit event on the cluster saying which filing changed what.
 */
async function applyChange(entity: Record<string, unknown>, principal: StaffPrincipal): Promise<void> {
  const data = clusterChangeOf(entity);
  if (!Object.keys(data).length) return;
  const documentId = (entity.cluster as { documentId: string }).documentId;
  const cluster = (await strapi.db.query('api::cluster.cluster').findOne({ where: { documentId }, populate: { prefecture: true, county: true } })) as Record<
    string,
    unknown
  > & { version: number; status: string };
  const before = Object.fromEntries(Object.keys(data).map((key) => [key, cluster[key] ?? null]));
  await strapi.db.query('api::cluster.cluster').updateMany({ where: { documentId }, data: { ...data, version: Number(cluster.version ?? 0) + 1 } });
  await recordAudit({
    actor: principal,
    action: 'applyChange',
    subjectType: 'cluster',
    subjectId: documentId,
    prefectureCode: codeOf(cluster.prefecture),
    countyCode: codeOf(cluster.county),
    fromState: cluster.status,
    toState: cluster.status,
    details: { changeFiling: String(entity.documentId), before, after: data },
  });
}

export const changeFilingResource: RecordResource<ChangeFilingRecord, ChangeFilingInput> = {
  resource: 'change-filings',
  uid: 'api::change-filing.change-filing',
  idField: 'documentId',
  populate: { cluster: clusterPopulate },
  toRecord: (entity) => {
    const cluster = entity.cluster as { documentId: string; name: string; prefecture?: unknown; county?: unknown } | null;
    return {
      id: String(entity.documentId),
      clusterId: cluster?.documentId ?? null,
      clusterName: cluster?.name ?? null,
      prefectureCode: codeOf(cluster?.prefecture),
      countyCode: codeOf(cluster?.county),
      kind: entity.kind as ChangeFilingRecord['kind'],
      before: String(entity.before),
      after: String(entity.after),
      areaKm2: entity.areaKm2 == null ? null : Number(entity.areaKm2),
      changedOn: String(entity.changedOn),
      filedOn: String(entity.filedOn),
      late: Boolean(entity.late),
      status: entity.status as ChangeFilingRecord['status'],
      forwardedAt: (entity.forwardedAt as string) ?? null,
      createdAt: String(entity.createdAt),
    };
  },
  scopePaths: { prefecture: 'cluster.prefecture.code', county: 'cluster.county.code' },
  filters: {
    clusterId: 'cluster.documentId',
    kind: 'kind',
    late: 'late',
    status: 'status',
    prefectureCode: 'cluster.prefecture.code',
    countyCode: 'cluster.county.code',
  },
  searchFields: ['before', 'after', 'cluster.name'],
  sortable: { filedOn: 'filedOn', changedOn: 'changedOn', status: 'status', createdAt: 'createdAt' },
  defaultSort: ['filedOn', 'DESC'],
  input: filingSchema as z.ZodType<ChangeFilingInput>,
  updateInput: progressSchema as z.ZodType<ChangeFilingInput>,
  async toData(input, principal, existing) {
    if (existing) {
      const step = changeFilingStepOf(principal.role);
      if (!step || step.to !== input.status) forbidden();
      if (existing.status !== step.from) conflict();
      return step.to === 'forwarded' ? { status: step.to, forwardedAt: new Date().toISOString() } : { status: step.to };
    }
    const filing = filingSchema.parse(input);
    // The cluster must lie in the caller's own county: the same scope as reading it.
    const scope = scopeOf(roleMatrix(), principal.role, 'change-filings', 'create')!;
    const cluster = await strapi.documents('api::cluster.cluster').findFirst({
      filters: { $and: [scopeFilter(clusterResource, scope, principal), { documentId: filing.clusterId }] } as never,
    });
    if (!cluster) invalid([{ path: 'clusterId', message: { zh: '集群不存在或不属于本辖区', en: 'No such cluster in your region' } }]);
    // Art. 18 binds recognized clusters: an expired or revoked one has nothing left to keep on file.
    if (!IN_EFFECT_STATUSES.includes(String(cluster.status))) {
      invalid([{ path: 'clusterId', message: { zh: '该集群不在认定有效期内，不能备案', en: 'The cluster is not in effect; changes are no longer filed' } }]);
    }
    const filedOn = todayInShanghai();
    if (filing.changedOn > filedOn) invalid([{ path: 'changedOn', message: { zh: '变动日期不能晚于今天', en: 'The change cannot be in the future' } }]);
    const { clusterId, ...fields } = filing;
    return { ...fields, cluster: cluster.documentId, filedOn, late: isLate(filing.changedOn, filedOn), status: 'filed' };
  },
  /** Acknowledged by the province, the change becomes the cluster's own (in the update's transaction). */
  async afterUpdate(entity, principal) {
    if (entity.status === 'acknowledged') await applyChange(entity, principal);
  },
  /** A late filing is itself the Art. 20 ground change_not_filed; the revocation sweep applies it. */
  async afterCreate(entity) {
    if (!entity.late) return;
    await recordGround({
      clusterId: (entity.cluster as { documentId: string }).documentId,
      ground: 'change_not_filed',
      source: 'change_filing',
      sourceId: String(entity.documentId),
    });
  },
  auditSubject: 'change-filing',
};
