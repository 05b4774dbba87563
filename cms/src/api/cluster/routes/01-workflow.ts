import { staffRoute } from '../../../records/routes';

// Strapi loads an api's routers in file-name order: 01- puts these before the core router's /clusters/:id.
export default {
  routes: [staffRoute('POST', '/clusters/:id/actions', 'api::cluster.workflow.action', { resource: 'clusters', action: 'transition' })],
};
