import { personName, type Person } from '@sme-cluster/rules';
import type { RecordResource } from '../../records/resource';
import type { ChainContent } from '../../lib/audit-chain';

/** The event as stored and hashed, with its console id and the acting user's name. */
export interface AuditEventRecord extends ChainContent {
  id: string;
  actorName: string | null;
}

/** Read-only (no input schema, so no write routes): the timeline of a record, filtered by subjectType/subjectId. */
export const auditEventResource: RecordResource<AuditEventRecord> = {
  resource: 'audit-events',
  uid: 'api::audit-event.audit-event',
  idField: 'documentId',
  populate: { actor: { fields: ['username', 'fullName', 'unit'] } },
  toRecord: (entity) => {
    const actor = entity.actor as (Person & { id: number }) | null;
    return {
      id: String(entity.documentId),
      at: String(entity.at),
      actorId: actor?.id ?? null,
      actorName: personName(actor),
      actorRole: String(entity.actorRole),
      action: String(entity.action),
      subjectType: String(entity.subjectType),
      subjectId: String(entity.subjectId),
      prefectureCode: (entity.prefectureCode as string) ?? null,
      countyCode: (entity.countyCode as string) ?? null,
      fromState: (entity.fromState as string) ?? null,
      toState: (entity.toState as string) ?? null,
      comment: (entity.comment as string) ?? null,
      reportRef: (entity.reportRef as string) ?? null,
      details: entity.details ?? null,
    };
  },
  scopePaths: { prefecture: 'prefectureCode', county: 'countyCode' },
  filters: {
    subjectType: 'subjectType',
    subjectId: 'subjectId',
    action: 'action',
    actorRole: 'actorRole',
    prefectureCode: 'prefectureCode',
    countyCode: 'countyCode',
  },
  searchFields: ['comment', 'action'],
  sortable: { at: 'at', action: 'action', subjectType: 'subjectType' },
  defaultSort: ['at', 'DESC'],
};
