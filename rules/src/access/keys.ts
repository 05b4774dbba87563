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
  'city-reports',
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

/** role × resource × action → scope, as config/role-matrix.json holds it. */
export interface RoleMatrix {
  roles: Partial<Record<Role, { name: string; description: string }>>;
  grants: Partial<Record<Role, Partial<Record<Resource, Partial<Record<Action, Scope>>>>>>;
}
