export default {
  routes: [{ method: 'GET', path: '/console/me', handler: 'api::console.console.me', config: { policies: [] } }],
};
