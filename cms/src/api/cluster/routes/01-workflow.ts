export default {
  routes: [{ method: 'POST', path: '/clusters/:id/actions', handler: 'api::cluster.workflow.action', config: { policies: [] } }],
};
