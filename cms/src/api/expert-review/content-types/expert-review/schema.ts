// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { CONFLICT_DECLARATIONS, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'expert_reviews',
  info: {
    singularName: 'expert-review',
    pluralName: 'expert-reviews',
    displayName: RECORD_LABELS['expert-review'].name,
    description: 'Assignment, conflict-of-interest declaration and score sheet',
  },
  options: {
    draftAndPublish: false,
  },
  attributes: {
    application: { type: 'relation', relation: 'manyToOne', target: 'api::application.application', inversedBy: 'expertReviews' },
    expert: { type: 'relation', relation: 'manyToOne', target: 'plugin::users-permissions.user' },
    conflictOfInterest: { type: 'enumeration', enum: [...CONFLICT_DECLARATIONS], default: 'undeclared', required: true },
    scores: { type: 'component', component: 'review.score', repeatable: true },
    weightedScore: { type: 'decimal' },
    submitted: { type: 'boolean', default: false, required: true },
    submittedAt: { type: 'datetime' },
    /** The day the province expects the sheet submitted by (the expert's list shows it). */
    dueOn: { type: 'date' },
    /** The province's reason for assigning an expert tied to the candidate (its county, prefecture or organization). */
    conflictOverride: { type: 'text' },
  },
};
