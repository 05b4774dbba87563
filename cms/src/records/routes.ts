import type { Action, Resource } from '@sme-cluster/rules';

/**
 * Who may call a staff route, declared on the route itself: a cell of the role matrix (resource ×
 * action; the matrix says which roles hold it and in which region), or every signed-in staff user.
 * The users-permissions grants are derived from these declarations at start (bootstrap/roles.ts).
 */
export type Grant = { resource: Resource; action: Action } | 'signedIn';

export interface StaffRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handler: string;
  config: { policies: never[]; grant: Grant; auth?: { scope: string[] } };
}

export function staffRoute(method: StaffRoute['method'], path: string, handler: string, grant: Grant): StaffRoute {
  return { method, path, handler, config: { policies: [], grant } };
}

/** The grant a route declares, if any (routes of Strapi's core routers declare none and no role gets them). */
export function grantOf(route: { config?: { grant?: Grant } }): Grant | undefined {
  return route.config?.grant;
}
