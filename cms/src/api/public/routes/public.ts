/** Open to anyone: `auth: false` keeps these off users-permissions, whose Public role holds no grants. */
const route = (path: string, action: string) => ({
  method: 'GET',
  path: `/public${path}`,
  handler: `api::public.public.${action}`,
  config: { auth: false, policies: [] },
});

export default {
  routes: [
    route('/recognized-lists', 'lists'),
    route('/recognized-lists/:id', 'list'),
    route('/notices', 'notices'),
    route('/clusters', 'clusters'),
    route('/clusters/:id', 'cluster'),
  ],
};
