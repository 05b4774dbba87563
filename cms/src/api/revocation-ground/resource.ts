import type { RevocationGround, RevocationGroundSource, RevocationProposalStatus } from '@sme-cluster/rules';
import type { RecordResource } from '../../records/resource';
import { allowedProposalActions, proposalPopulate, proposalRegion } from '../../workflow/revocation-proposals';

/** A revocation proposal as the console lists it (Art. 20): the ground, where it came from and the decision. */
export interface RevocationProposalRecord {
  id: string;
  clusterId: string | null;
  clusterName: string | null;
  clusterStatus: string | null;
  prefectureCode: string | null;
  countyCode: string | null;
  ground: RevocationGround;
  source: RevocationGroundSource;
  note: string | null;
  status: RevocationProposalStatus;
  recordedAt: string;
  foundBy: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  allowedActions?: string[];
}

const iso = (value: unknown) => (value == null ? null : new Date(value as string).toISOString());

export const revocationGroundResource: RecordResource<RevocationProposalRecord> = {
  resource: 'revocation-grounds',
  uid: 'api::revocation-ground.revocation-ground',
  idField: 'documentId',
  populate: proposalPopulate,
  toRecord: (entity) => {
    const cluster = entity.cluster as { documentId: string; name: string; status: string } | null;
    return {
      id: String(entity.documentId),
      clusterId: cluster?.documentId ?? null,
      clusterName: cluster?.name ?? null,
      clusterStatus: cluster?.status ?? null,
      ...proposalRegion(entity),
      ground: entity.ground as RevocationGround,
      source: entity.source as RevocationGroundSource,
      note: (entity.note as string) ?? null,
      status: entity.status as RevocationProposalStatus,
      recordedAt: iso(entity.recordedAt)!,
      foundBy: (entity.foundBy as string) ?? null,
      decidedAt: iso(entity.decidedAt),
      decisionComment: (entity.decisionComment as string) ?? null,
    };
  },
  scopePaths: { prefecture: 'cluster.prefecture.code', county: 'cluster.county.code' },
  filters: {
    status: 'status',
    ground: 'ground',
    source: 'source',
    clusterId: 'cluster.documentId',
    prefectureCode: 'cluster.prefecture.code',
    countyCode: 'cluster.county.code',
  },
  searchFields: ['cluster.name', 'note'],
  sortable: { recordedAt: 'recordedAt', decidedAt: 'decidedAt', status: 'status', ground: 'ground' },
  defaultSort: ['recordedAt', 'DESC'],
  allowedActions: allowedProposalActions,
};
