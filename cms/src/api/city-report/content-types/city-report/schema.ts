// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { CITY_REPORT_STATUSES, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'city_reports',
  info: {
    singularName: 'city-report',
    pluralName: 'city-reports',
    displayName: RECORD_LABELS['city-report'].name,
    description: "A city's yearly report of its cultivation work and its recognized clusters (Art. 19)",
  },
  options: {
    draftAndPublish: false,
  },
  attributes: {
    prefecture: { type: 'relation', relation: 'manyToOne', target: 'api::region.region' },
    year: { type: 'integer', required: true, min: 2020, max: 2100 },
    /**
     * "520100-2025": one report per city and year. `unique` alone is checked by Strapi's validator only;
     * the column's index makes two simultaneous creates one 201 and one 409.
     */
    regionYear: { type: 'string', required: true, unique: true, column: { unique: true } },
    status: { type: 'enumeration', enum: [...CITY_REPORT_STATUSES], default: 'draft', required: true },
    narrative: { type: 'text', maxLength: 6000 },
    /** The recognized clusters' figures of the year: read from their annual reports, kept as submitted. */
    figures: { type: 'json' },
    submittedAt: { type: 'datetime' },
    late: { type: 'boolean', default: false },
    returnReason: { type: 'text', maxLength: 2000 },
    version: { type: 'integer', default: 0, required: true },
  },
};
