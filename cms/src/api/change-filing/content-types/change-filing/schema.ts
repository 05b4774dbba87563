// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { CHANGE_FILING_STATUSES, CHANGE_KINDS, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'change_filings',
  info: {
    singularName: 'change-filing',
    pluralName: 'change-filings',
    displayName: RECORD_LABELS['change-filing'].name,
    description: 'Due within one month of the change (Art. 18)',
  },
  options: {
    draftAndPublish: false,
  },
  attributes: {
    cluster: { type: 'relation', relation: 'manyToOne', target: 'api::cluster.cluster', inversedBy: 'changeFilings' },
    kind: { type: 'enumeration', enum: [...CHANGE_KINDS], required: true },
    before: { type: 'text', required: true, maxLength: 1000 },
    after: { type: 'text', required: true, maxLength: 1000 },
    /** A change of spatial scope may carry the new planned area, applied to the cluster on acknowledgement. */
    areaKm2: { type: 'decimal' },
    changedOn: { type: 'date', required: true },
    filedOn: { type: 'date', required: true },
    late: { type: 'boolean', default: false, required: true },
    status: { type: 'enumeration', enum: [...CHANGE_FILING_STATUSES], default: 'filed', required: true },
    forwardedAt: { type: 'datetime' },
  },
};
