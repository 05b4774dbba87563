// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { REVOCATION_GROUND_SOURCES, REVOCATION_GROUNDS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'revocation_grounds',
  info: {
    singularName: 'revocation-ground',
    pluralName: 'revocation-grounds',
    displayName: '撤销事由 Revocation ground',
    description: 'A recorded ground of Art. 20 against a cluster; the revocation sweep revokes clusters with a confirmed, unapplied ground',
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
    confirmed: { type: 'boolean', default: true, required: true },
    note: { type: 'text', maxLength: 2000 },
    appliedAt: { type: 'datetime' },
  },
};
