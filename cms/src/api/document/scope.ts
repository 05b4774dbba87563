import type { RecordResource } from '../../records/resource';

/**
 * The clusters a caller may write annual reports for: the matrix grant is `annual-reports`, the
 * region lives on the cluster itself. Used with `authorize` so the Excel template and import apply
 * exactly the role and region rules of the annual-report grant.
 */
export const annualReportClusters: RecordResource<{ id: string }> = {
  resource: 'annual-reports',
  uid: 'api::cluster.cluster',
  idField: 'documentId',
  toRecord: (entity) => ({ id: String(entity.documentId) }),
  scopePaths: { prefecture: 'prefecture.code', county: 'county.code' },
  filters: {},
  searchFields: [],
  sortable: {},
  defaultSort: ['id', 'ASC'],
};
