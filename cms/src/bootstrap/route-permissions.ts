import type { Core } from '@strapi/strapi';
import type { Role, RoleMatrix } from '@sme-cluster/rules';
import { grantOf, type Grant } from '../records/routes';

/**
 * The one permission table: each staff route declares its grant (records/routes.ts), the role matrix
 * (config/role-matrix.json) says which roles hold each cell, and the users-permissions grants are
 * derived from the two. Routes without a grant (Strapi's core routers) are held by no role.
 */
export interface GrantedRoute {
  method: string;
  path: string;
  handler: string;
  grant?: Grant;
  /** `auth: false`: open to anyone, outside users-permissions (the public site's API). */
  open: boolean;
}

/** Plugin routes carry no declaration of ours, so their grants are listed here. */
export const PLUGIN_GRANTS: ReadonlyArray<{ method: string; path: string; handler: string; grant: Grant }> = [
  // Whoever writes an application form attaches evidence files (佐证材料) through Strapi's upload.
  { method: 'POST', path: '/upload', handler: 'plugin::upload.content-api.upload', grant: { resource: 'applications', action: 'create' } },
  { method: 'POST', path: '/upload', handler: 'plugin::upload.content-api.upload', grant: { resource: 'applications', action: 'update' } },
];

type RouteDeclaration = { method: string; path: string; handler: unknown; config?: { auth?: unknown; grant?: Grant } };

/** Every route of the project's apis with the grant it declares. */
export function apiRoutes(strapi: Core.Strapi): GrantedRoute[] {
  const apis = strapi.apis as unknown as Record<string, { routes?: Record<string, { routes?: RouteDeclaration[] } | RouteDeclaration[]> }>;
  return Object.values(apis).flatMap((api) =>
    Object.values(api.routes ?? {})
      .flatMap((router) => (Array.isArray(router) ? router : (router.routes ?? [])))
      .map((route) => ({ method: route.method, path: route.path, handler: String(route.handler), grant: grantOf(route), open: route.config?.auth === false })),
  );
}

/** Whether a role holds a grant under the matrix. */
export function holds(matrix: RoleMatrix, role: Role, grant: Grant): boolean {
  return grant === 'signedIn' || Boolean(matrix.grants[role]?.[grant.resource]?.[grant.action]);
}

/** users-permissions action ids a role gets: the handlers of every route whose grant it holds. */
export function permittedActions(matrix: RoleMatrix, role: Role, routes: ReadonlyArray<{ handler: string; grant?: Grant }>): string[] {
  const actions = new Set<string>();
  for (const route of [...routes, ...PLUGIN_GRANTS]) if (route.grant && holds(matrix, role, route.grant)) actions.add(route.handler);
  return [...actions].sort();
}
