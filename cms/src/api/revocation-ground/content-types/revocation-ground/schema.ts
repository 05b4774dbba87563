// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { REVOCATION_GROUND_SOURCES, REVOCATION_GROUNDS, REVOCATION_PROPOSAL_STATUSES, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'revocation_grounds',
  info: {
    singularName: 'revocation-ground',
    pluralName: 'revocation-grounds',
    displayName: RECORD_LABELS['revocation-ground'].name,
    description: 'A ground of Art. 20 against a cluster: proposed by a sweep or a record, revoked only when the province confirms it',
  },
  options: {
    draftAndPublish: false,
  },
  attributes: {
    cluster: { type: 'relation', relation: 'manyToOne', target: 'api::cluster.cluster' },
    ground: {
      type: 'enumeration',
      enum: [...REVOCATION_GROUNDS],
      required: true,
    },
    source: { type: 'enumeration', enum: [...REVOCATION_GROUND_SOURCES], required: true },
    sourceId: { type: 'string' },
    recordedAt: { type: 'datetime', required: true },
    status: { type: 'enumeration', enum: [...REVOCATION_PROPOSAL_STATUSES], default: 'proposed', required: true },
    /** The job run that found it, when a sweep did. */
    foundBy: { type: 'string' },
    decidedAt: { type: 'datetime' },
    decisionComment: { type: 'text', maxLength: 2000 },
    note: { type: 'text', maxLength: 2000 },
    appliedAt: { type: 'datetime' },
  },
};
