import { personName } from '@sme-cluster/rules';
import type { RecordResource } from '../../records/resource';
import { codeOf } from '../../records/regions';

/**
 * Staff accounts, read-only in the console (the province picks experts to assign; accounts are
 * created and edited in the admin panel). Never the password or tokens: only these fields are read.
 */
export interface UserRecord {
  id: string;
  userId: number;
  username: string;
  /** 姓名（单位）, as the console shows the person. */
  name: string;
  email: string;
  role: string | null;
  regionCode: string | null;
  blocked: boolean;
}

export const userResource: RecordResource<UserRecord> = {
  resource: 'users',
  uid: 'plugin::users-permissions.user',
  idField: 'documentId',
  populate: { role: { fields: ['type'] }, region: { fields: ['code'] } },
  toRecord: (entity) => ({
    id: String(entity.documentId),
    userId: Number(entity.id),
    username: String(entity.username),
    name: personName(entity) ?? String(entity.username),
    email: String(entity.email),
    role: (entity.role as { type?: string } | null)?.type ?? null,
    regionCode: codeOf(entity.region),
    blocked: Boolean(entity.blocked),
  }),
  scopePaths: {},
  filters: { role: 'role.type', regionCode: 'region.code', blocked: 'blocked' },
  searchFields: ['username', 'email', 'fullName', 'unit'],
  sortable: { username: 'username', email: 'email' },
  defaultSort: ['username', 'ASC'],
};
