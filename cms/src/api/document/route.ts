import { staffRoute, type Grant } from '../../records/routes';

/**
 * A route served by the document controller. Routers of other apis list some of these (their paths
 * would otherwise be taken by that api's core `/:id` route), so the permission scope is named here
 * rather than derived from the router's api.
 */
export function documentRoute(method: 'GET' | 'POST', path: string, action: string, grant: Grant) {
  const route = staffRoute(method, path, `api::document.document.${action}`, grant);
  return { ...route, config: { ...route.config, auth: { scope: [route.handler] } } };
}
