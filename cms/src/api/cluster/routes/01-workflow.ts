import { staffRoute } from '../../../records/routes';

// Strapi loads an api's routers in file-name order: 01- puts these before the core router's /clusters/:id.
export default {
  routes: [
    // The province's progress toward its target reads every cluster; the handler also requires scope `all`.
    staffRoute('GET', '/clusters/progress', 'api::cluster.workflow.progress', { resource: 'clusters', action: 'read' }),
    staffRoute('POST', '/clusters/:id/actions', 'api::cluster.workflow.action', { resource: 'clusters', action: 'transition' }),
  ],
};
