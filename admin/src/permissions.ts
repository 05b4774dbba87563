import { canAccess as matrixAllows, RESOURCES, type Action, type Resource, type RoleMatrix } from '@sme-cluster/rules';
import type { ConsoleUser } from './session';

export interface AccessRequest {
  action: string;
  resource: string;
  record?: Record<string, unknown>;
}

// react-admin's action words → the role matrix's (config/role-matrix.json).
const matrixAction: Record<string, Action> = {
  list: 'read',
  show: 'read',
  read: 'read',
  export: 'read',
  create: 'create',
  edit: 'update',
  delete: 'delete',
  transition: 'transition',
};

const isResource = (value: string): value is Resource => (RESOURCES as readonly string[]).includes(value);

/**
 * The one place that decides which menus, pages and buttons a user sees. It runs the same
 * check as the server (`canAccess` of @sme-cluster/rules) on the user's row of the role
 * matrix, which /api/console/me sends; the server still re-checks every request.
 */
export function canAccess(user: ConsoleUser | null | undefined, { action, resource, record }: AccessRequest): boolean {
  const mapped = matrixAction[action];
  if (!user || !mapped || !isResource(resource)) return false;
  const matrix = { roles: {}, grants: { [user.role]: user.grants } } as RoleMatrix;
  const principal = {
    id: user.id,
    role: user.role,
    prefectureCode: user.region?.prefectureCode ?? null,
    countyCode: user.region?.level === 'county' ? user.region.code : null,
  };
  const scope = record && {
    prefectureCode: record.prefectureCode as string | undefined,
    countyCode: record.countyCode as string | undefined,
  };
  return matrixAllows(matrix, principal, { action: mapped, resource, record: scope });
}
