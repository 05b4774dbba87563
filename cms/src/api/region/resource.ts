import type { RecordResource } from '../../records/resource';
import { codeOf } from '../../records/regions';

export interface RegionRecord {
  id: string;
  code: string;
  name: string;
  level: 'prefecture' | 'county';
  parentCode: string | null;
}

export const regionResource: RecordResource<RegionRecord> = {
  resource: 'regions',
  uid: 'api::region.region',
  idField: 'code',
  populate: { parent: { fields: ['code'] } },
  toRecord: (entity) => ({
    id: String(entity.code),
    code: String(entity.code),
    name: String(entity.name),
    level: entity.level as RegionRecord['level'],
    parentCode: codeOf(entity.parent),
  }),
  scopePaths: {},
  filters: { level: 'level', parentCode: 'parent.code', code: 'code' },
  searchFields: ['name', 'code'],
  sortable: { code: 'code', name: 'name', level: 'level' },
  defaultSort: ['code', 'ASC'],
};
