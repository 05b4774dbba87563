// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { CLUSTER_STATUSES, INDUSTRY_TYPE_KEYS, REVOCATION_GROUNDS, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'clusters',
  info: {
    singularName: 'cluster',
    pluralName: 'clusters',
    displayName: RECORD_LABELS['cluster'].name,
    description: 'Cultivated or recognized cluster (Art. 7, 17–20)',
  },
  options: {
    draftAndPublish: false,
  },
  indexes: [
    { name: 'clusters_status_idx', columns: ['status'] },
    { name: 'clusters_updated_at_idx', columns: ['updated_at'] },
  ],
  attributes: {
    name: { type: 'string', required: true, maxLength: 120 },
    leadingIndustry: { type: 'string', required: true, maxLength: 60 },
    industryType: { type: 'enumeration', enum: [...INDUSTRY_TYPE_KEYS] },
    areaKm2: { type: 'decimal', min: 0 },
    prefecture: { type: 'relation', relation: 'manyToOne', target: 'api::region.region' },
    county: { type: 'relation', relation: 'manyToOne', target: 'api::region.region' },
    otherCounties: { type: 'relation', relation: 'manyToMany', target: 'api::region.region' },
    declarantName: { type: 'string', maxLength: 120 },
    operatorName: { type: 'string', maxLength: 120 },
    status: { type: 'enumeration', enum: [...CLUSTER_STATUSES], default: 'cultivating', required: true },
    recognizedAt: { type: 'date' },
    validUntil: { type: 'date' },
    revocationGround: { type: 'enumeration', enum: [...REVOCATION_GROUNDS] },
    revokedAt: { type: 'date' },
    renewals: { type: 'component', component: 'cluster.renewal', repeatable: true },
    applications: { type: 'relation', relation: 'oneToMany', target: 'api::application.application', mappedBy: 'cluster' },
    annualReports: { type: 'relation', relation: 'oneToMany', target: 'api::annual-report.annual-report', mappedBy: 'cluster' },
    changeFilings: { type: 'relation', relation: 'oneToMany', target: 'api::change-filing.change-filing', mappedBy: 'cluster' },
    version: { type: 'integer', default: 0, required: true },
  },
};
