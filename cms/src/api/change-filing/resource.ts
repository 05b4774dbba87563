import { z } from 'zod';
import { CHANGE_KINDS, changeFilingLifecycle, changeFilingStepOf, scopeOf, targetsOf, type ChangeFilingStatus, type ChangeKind } from '@sme-cluster/rules';
import { scopeFilter, type RecordResource } from '../../records/resource';
import { codeOf } from '../../records/regions';
import { roleMatrix } from '../../lib/config';
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
  changedOn: string;
  filedOn: string;
  late: boolean;
  status: ChangeFilingStatus;
  forwardedAt: string | null;
  createdAt: string;
}

const filingSchema = z.object({
  clusterId: z.string().min(1),
  kind: z.enum(CHANGE_KINDS),
  before: z.string().trim().min(1).max(1000),
  after: z.string().trim().min(1).max(1000),
  changedOn: z.iso.date(),
});
/** After filing, the record only moves on along its lifecycle. */
const progressTargets = targetsOf(changeFilingLifecycle);
const progressSchema = z.object({ status: z.enum(progressTargets as [ChangeFilingStatus, ...ChangeFilingStatus[]]) });
type ChangeFilingInput = Partial<z.infer<typeof filingSchema>> & Partial<z.infer<typeof progressSchema>>;

/** Art. 18: due within one calendar month of the change; exactly one month is still on time. */
export const isLate = (changedOn: string, filedOn: string) => filedOn > addMonths(changedOn, 1);

const clusterPopulate = { fields: ['name'], populate: { prefecture: { fields: ['code'] }, county: { fields: ['code'] } } };

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
      changedOn: String(entity.changedOn),
      filedOn: String(entity.filedOn),
      late: Boolean(entity.late),
      status: entity.status as ChangeFilingRecord['status'],
      forwardedAt: (entity.forwardedAt as string) ?? null,
      createdAt: String(entity.createdAt),
    };
  },
  scopePaths: { prefecture: 'cluster.prefecture.code', county: 'cluster.county.code' },
  filters: { clusterId: 'cluster.documentId', kind: 'kind', late: 'late', status: 'status', prefectureCode: 'cluster.prefecture.code', countyCode: 'cluster.county.code' },
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
    const filedOn = todayInShanghai();
    if (filing.changedOn > filedOn) invalid([{ path: 'changedOn', message: { zh: '变动日期不能晚于今天', en: 'The change cannot be in the future' } }]);
    const { clusterId, ...fields } = filing;
    return { ...fields, cluster: cluster.documentId, filedOn, late: isLate(filing.changedOn, filedOn), status: 'filed' };
  },
  /** A late filing is itself the Art. 20 ground change_not_filed; the revocation sweep applies it. */
  async afterCreate(entity) {
    if (!entity.late) return;
    await recordGround({ clusterId: (entity.cluster as { documentId: string }).documentId, ground: 'change_not_filed', source: 'change_filing', sourceId: String(entity.documentId) });
  },
  auditSubject: 'change-filing',
};
