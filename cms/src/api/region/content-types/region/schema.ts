// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { REGION_LEVELS, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'regions',
  info: {
    singularName: 'region',
    pluralName: 'regions',
    displayName: RECORD_LABELS['region'].name,
    description: 'GB/T 2260 prefecture- and county-level divisions of Guizhou',
  },
  options: {
    draftAndPublish: false,
  },
  attributes: {
    code: { type: 'string', required: true, unique: true, regex: '^\\d{6}$' },
    name: { type: 'string', required: true },
    level: { type: 'enumeration', enum: [...REGION_LEVELS], required: true },
    parent: { type: 'relation', relation: 'manyToOne', target: 'api::region.region', inversedBy: 'children' },
    children: { type: 'relation', relation: 'oneToMany', target: 'api::region.region', mappedBy: 'parent' },
  },
};
