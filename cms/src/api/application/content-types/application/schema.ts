// Written in TypeScript, not JSON, so the form's section components and the enumerations come from
// the one description of the form and of the domain's vocabularies in @sme-cluster/rules.
import { APPLICATION_STATUSES, VERDICTS, applicationFormAttributes, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'applications',
  info: {
    singularName: 'application',
    pluralName: 'applications',
    displayName: RECORD_LABELS['application'].name,
    description: "One cluster's application under one call notice",
  },
  options: { draftAndPublish: false },
  // Strapi declares no index on plain columns; the console sorts and filters every list by these.
  // Declared here, schema sync creates them on SQLite and PostgreSQL alike.
  indexes: [
    { name: 'applications_updated_at_idx', columns: ['updated_at'] },
    { name: 'applications_created_at_idx', columns: ['created_at'] },
    { name: 'applications_status_idx', columns: ['status'] },
  ],
  attributes: {
    callNotice: { type: 'relation', relation: 'manyToOne', target: 'api::call-notice.call-notice', inversedBy: 'applications' },
    cluster: { type: 'relation', relation: 'manyToOne', target: 'api::cluster.cluster', inversedBy: 'applications' },
    status: { type: 'enumeration', enum: [...APPLICATION_STATUSES], default: 'draft', required: true },
    // Summary columns: copied from the form's cover on every save so that lists, filters
    // and region scoping never need to load the whole form.
    clusterName: { type: 'string', maxLength: 120 },
    prefecture: { type: 'relation', relation: 'manyToOne', target: 'api::region.region' },
    county: { type: 'relation', relation: 'manyToOne', target: 'api::region.region' },
    declarantName: { type: 'string', maxLength: 120 },
    operatorName: { type: 'string', maxLength: 120 },
    contactName: { type: 'string', maxLength: 60 },
    contactPhone: { type: 'string', maxLength: 60 },
    submittedAt: { type: 'datetime' },
    // Set when the province deletes an application: the record stays (its audit trail, its sheets) and leaves every list.
    archivedAt: { type: 'datetime' },
    formUpdatedAt: { type: 'datetime' },
    // The whole form as one JSON value, for reading many forms at once; the component tables stay the
    // record (see records/component-copies.ts). Never served, never edited.
    formCopy: { type: 'json', private: true, configurable: false },
    report: { type: 'json' },
    reportAt: { type: 'datetime' },
    verdict: { type: 'enumeration', enum: [...VERDICTS] },
    decisionComment: { type: 'text' },
    publicNoticeStartsOn: { type: 'date' },
    publicNoticeEndsOn: { type: 'date' },
    // 拟推荐国家级: set and cleared only by the province's markNational / unmarkNational.
    nationalRecommended: { type: 'boolean', default: false },
    nationalRecommendedAt: { type: 'datetime' },
    objectionOpen: { type: 'boolean', default: false },
    expertReviews: { type: 'relation', relation: 'oneToMany', target: 'api::expert-review.expert-review', mappedBy: 'application' },
    version: { type: 'integer', default: 0, required: true },
    // The application form (申报表), one typed component per section.
    ...applicationFormAttributes,
  },
};
