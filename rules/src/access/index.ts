/**
 * The role-permission matrix: role × resource × action → scope. One table (config/role-matrix.json),
 * one check (canAccess), used by the REST and console endpoints, the jobs and the console UI.
 * A missing entry denies.
 */
export { ACTIONS, RESOURCES, ROLES, SCOPES, type Action, type Resource, type Role, type RoleMatrix, type Scope } from './keys';
import { ROLES, type Action, type Resource, type Role, type RoleMatrix, type Scope } from './keys';

export { parseRoleMatrix, roleMatrixSchema } from './schema';

/** Who is asking: the role and the region the user belongs to. */
export interface Principal {
  id: number | string;
  role: Role;
  prefectureCode?: string | null;
  countyCode?: string | null;
}

/** What a record says about where it belongs, as far as scoping is concerned. */
export interface RecordScope {
  prefectureCode?: string | null;
  countyCode?: string | null;
  assigneeIds?: Array<number | string>;
  recipientId?: number | string | null;
}

export function scopeOf(matrix: RoleMatrix, role: Role, resource: Resource, action: Action): Scope | undefined {
  return matrix.grants[role]?.[resource]?.[action];
}

/** Whether a principal whose region is known can ever hold the scope (a city user without a prefecture cannot). */
function principalFits(principal: Principal, scope: Scope): boolean {
  if (scope === 'prefecture') return Boolean(principal.prefectureCode);
  if (scope === 'county') return Boolean(principal.countyCode);
  return true;
}

export function recordInScope(principal: Principal, scope: Scope, record: RecordScope): boolean {
  switch (scope) {
    case 'all':
      return true;
    case 'prefecture':
      return Boolean(principal.prefectureCode) && record.prefectureCode === principal.prefectureCode;
    case 'county':
      return Boolean(principal.countyCode) && record.countyCode === principal.countyCode;
    case 'assigned':
      return (record.assigneeIds ?? []).some((id) => String(id) === String(principal.id));
    case 'self':
      return record.recipientId != null && String(record.recipientId) === String(principal.id);
  }
}

/**
 * The one check. Without a record it answers "may this role do this at all" (menus, buttons,
 * route permissions); with one it also checks that the record lies in the caller's scope.
 */
export function canAccess(matrix: RoleMatrix, principal: Principal | null, request: { action: Action; resource: Resource; record?: RecordScope }): boolean {
  if (!principal) return false;
  const scope = scopeOf(matrix, principal.role, request.resource, request.action);
  if (!scope || !principalFits(principal, scope)) return false;
  return request.record ? recordInScope(principal, scope, request.record) : true;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
