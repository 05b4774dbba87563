import { staffRoute } from '../../../records/routes';

// Strapi loads an api's routers in file-name order: 00- puts these before the core router's /clusters/:id.
// The targets are part of reading a cluster: the same cell, so the same roles and regions see them.
export default {
  routes: [
    staffRoute('GET', '/clusters/targets-behind', 'api::cluster.targets.behind', { resource: 'clusters', action: 'read' }),
    staffRoute('GET', '/clusters/targets-behind.xlsx', 'api::cluster.targets.behindSheet', { resource: 'clusters', action: 'read' }),
    staffRoute('GET', '/clusters/:id/targets', 'api::cluster.targets.ofCluster', { resource: 'clusters', action: 'read' }),
  ],
};
