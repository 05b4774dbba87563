// Named 01- so these come before the core router's /applications/:id.
const route = (method: string, path: string, action: string) => ({ method, path, handler: `api::application.workflow.${action}`, config: { policies: [] } });

export default {
  routes: [
    route('GET', '/applications/ranking', 'ranking'),
    route('POST', '/applications/:id/transitions', 'transition'),
    route('POST', '/applications/:id/evaluate', 'evaluate'),
    route('GET', '/applications/:id/report', 'report'),
  ],
};
