// The annual report (年度发展情况, Art. 19) carries the figures of the form's sections 二–五 as the
// very same typed components, so the rules engine re-evaluates a recognized cluster with the code
// that judged its application.
import { ANNUAL_REPORT_STATUSES, applicationFormAttributes, RECORD_LABELS } from '@sme-cluster/rules';

const { leadingIndustry, innovation, digital, green } = applicationFormAttributes;

export default {
  kind: 'collectionType',
  collectionName: 'annual_reports',
  info: {
    singularName: 'annual-report',
    pluralName: 'annual-reports',
    displayName: RECORD_LABELS['annual-report'].name,
    description: 'Per cluster per year, due by 10 March (Art. 19)',
  },
  options: { draftAndPublish: false },
  attributes: {
    cluster: { type: 'relation', relation: 'manyToOne', target: 'api::cluster.cluster', inversedBy: 'annualReports' },
    year: { type: 'integer', required: true, min: 2020, max: 2100 },
    status: { type: 'enumeration', enum: [...ANNUAL_REPORT_STATUSES], default: 'draft', required: true },
    submittedAt: { type: 'datetime' },
    narrative: { type: 'text', maxLength: 6000 },
    // The year's actual values of the plan's target indicators (Art. 5 跟踪监测), read against the recognized form's targets.
    targetActuals: { type: 'component', repeatable: false, component: 'cluster.target-actuals' },
    // The hard-rule re-evaluation made at submission.
    report: { type: 'json' },
    version: { type: 'integer', default: 0, required: true },
    leadingIndustry,
    innovation,
    digital,
    green,
  },
};
