// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { INDUSTRY_TYPE_KEYS, POOL_CANDIDATE_STATUSES, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'pool_candidates',
  info: {
    singularName: 'pool-candidate',
    pluralName: 'pool-candidates',
    displayName: RECORD_LABELS['pool-candidate'].name,
    description: 'A candidate for the cultivation pool (Art. 7)',
  },
  options: {
    draftAndPublish: false,
  },
  indexes: [{ name: 'pool_candidates_status_idx', columns: ['status'] }],
  attributes: {
    name: { type: 'string', required: true, maxLength: 120 },
    leadingIndustry: { type: 'string', required: true, maxLength: 60 },
    industryType: { type: 'enumeration', enum: [...INDUSTRY_TYPE_KEYS] },
    prefecture: { type: 'relation', relation: 'manyToOne', target: 'api::region.region' },
    county: { type: 'relation', relation: 'manyToOne', target: 'api::region.region' },
    declarantName: { type: 'string', maxLength: 120 },
    operatorName: { type: 'string', maxLength: 120 },
    areaKm2: { type: 'decimal', min: 0 },
    /** The key figures are of one year, the last complete one when proposed. */
    figuresYear: { type: 'integer', required: true },
    totalOutput: { type: 'decimal', min: 0 },
    firmCount: { type: 'integer', min: 0 },
    smeCount: { type: 'integer', min: 0 },
    notes: { type: 'text', maxLength: 2000 },
    status: { type: 'enumeration', enum: [...POOL_CANDIDATE_STATUSES], default: 'awaiting_city', required: true },
    proposedOn: { type: 'date', required: true },
    cityOpinion: { type: 'text', maxLength: 2000 },
    decisionComment: { type: 'text', maxLength: 2000 },
    decidedOn: { type: 'date' },
    /** The pool's cluster, once admitted. */
    cluster: { type: 'relation', relation: 'oneToOne', target: 'api::cluster.cluster' },
    version: { type: 'integer', default: 0, required: true },
  },
};
