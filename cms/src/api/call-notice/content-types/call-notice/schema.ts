// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { CALL_NOTICE_STATUSES, DEFAULT_NATIONAL_QUOTA, DEFAULT_RANKING_METHOD, RANKING_METHODS, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'call_notices',
  info: {
    singularName: 'call-notice',
    pluralName: 'call-notices',
    displayName: RECORD_LABELS['call-notice'].name,
    description: 'One per year (Art. 13)',
  },
  options: {
    draftAndPublish: false,
  },
  attributes: {
    year: { type: 'integer', required: true, unique: true, column: { unique: true }, min: 2020, max: 2100 },
    title: { type: 'string', required: true },
    documentNumber: { type: 'string' },
    opensOn: { type: 'date', required: true },
    closesOn: { type: 'date', required: true },
    cityRecommendationDeadline: { type: 'date', required: true },
    cityQuotaMin: { type: 'integer', min: 0, default: 2 },
    cityQuotaMax: { type: 'integer', min: 1, default: 5, required: true },
    publicNoticeDays: { type: 'integer', min: 1, default: 5, required: true },
    nationalQuota: { type: 'integer', min: 1, max: 100, default: DEFAULT_NATIONAL_QUOTA, required: true },
    objectionInstructions: { type: 'text' },
    contactName: { type: 'string', maxLength: 40 },
    contactPhone: { type: 'string', maxLength: 30 },
    contactEmail: { type: 'string', maxLength: 120 },
    contactAddress: { type: 'string', maxLength: 200 },
    scoringScheme: { type: 'component', component: 'review.criterion', repeatable: true },
    rankingMethod: { type: 'enumeration', enum: [...RANKING_METHODS], default: DEFAULT_RANKING_METHOD, required: true },
    status: { type: 'enumeration', enum: [...CALL_NOTICE_STATUSES], default: 'draft', required: true },
    applications: { type: 'relation', relation: 'oneToMany', target: 'api::application.application', mappedBy: 'callNotice' },
  },
};
