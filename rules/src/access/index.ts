import { z } from 'zod';

/**
 * The role-permission matrix: role × resource × action → scope. One table (config/role-matrix.json),
 * one check (canAccess), used by the REST and console endpoints, the jobs and the console UI.
 * A missing entry denies.
 */
export const ROLES = ['province_admin', 'city_reviewer', 'county_declarant', 'expert'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete', 'transition'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * all: every record; prefecture / county: records of the caller's own 市（州） / 县（市、区）;
 * assigned: records assigned to the caller (expert reviews and their applications);
 * self: records addressed to the caller (notifications).
 */
export const SCOPES = ['all', 'prefecture', 'county', 'assigned', 'self'] as const;
export type Scope = (typeof SCOPES)[number];

export const RESOURCES = [
  'regions',
  'call-notices',
  'applications',
  'clusters',
  'annual-reports',
  'change-filings',
  'pool-candidates',
  'revocation-grounds',
  'expert-reviews',
  'audit-events',
  'recognized-lists',
  'job-runs',
  'notifications',
  'users',
  'settings',
] as const;
export type Resource = (typeof RESOURCES)[number];

const grantsSchema = z.partialRecord(z.enum(ACTIONS), z.enum(SCOPES));
export const roleMatrixSchema = z.strictObject({
  roles: z.record(z.enum(ROLES), z.strictObject({ name: z.string().min(1), description: z.string() })),
  grants: z.record(z.enum(ROLES), z.partialRecord(z.enum(RESOURCES), grantsSchema)),
});
export type RoleMatrix = z.infer<typeof roleMatrixSchema>;

export function parseRoleMatrix(input: unknown): RoleMatrix {
  return roleMatrixSchema.parse(input);
}

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
