/**
 * The server's layers point one way (docs/architecture.md):
 *   api → workflow → records → lib → rules
 * Request-time code never reaches into bootstrap; rules/ knows nothing of Strapi or React; the
 * console (admin/) reads rules/ and nothing of the server. Checked in .ci/run.
 */
const layer = (name) => `^cms/src/${name}/`;
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other cannot be read or changed one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'rules-pure',
      severity: 'error',
      comment: 'rules/ is pure: no Strapi, no React, nothing of the server or the console.',
      from: { path: '^rules/src/' },
      to: { path: ['^cms/', '^admin/', 'node_modules/(@strapi|react|react-dom|react-admin|@mui)/'] },
    },
    {
      name: 'console-reads-rules-only',
      severity: 'error',
      comment: 'The console talks to the server over HTTP only.',
      from: { path: '^admin/src/' },
      to: { path: '^cms/' },
    },
    {
      name: 'workflow-below-api',
      severity: 'error',
      comment: 'The workflow executes lifecycles; the HTTP shape of records is the api layer’s.',
      from: { path: layer('workflow') },
      to: { path: [layer('api'), layer('jobs'), layer('bootstrap'), layer('middlewares'), layer('security')] },
    },
    {
      name: 'records-below-workflow',
      severity: 'error',
      comment: 'Scoped record access knows neither lifecycles nor endpoints.',
      from: { path: layer('records') },
      to: { path: [layer('api'), layer('workflow'), layer('jobs'), layer('bootstrap'), layer('middlewares'), layer('security')] },
    },
    {
      name: 'lib-at-the-bottom',
      severity: 'error',
      comment: 'lib/ is what every layer may use; it uses none of them.',
      from: { path: layer('lib') },
      to: {
        path: [
          layer('api'),
          layer('workflow'),
          layer('records'),
          layer('jobs'),
          layer('bootstrap'),
          layer('settings'),
          layer('security'),
          layer('middlewares'),
          layer('documents'),
          layer('public-site'),
        ],
      },
    },
    {
      name: 'no-request-time-bootstrap',
      severity: 'error',
      comment: 'Bootstrap runs once at start; nothing a request runs imports it.',
      from: { path: '^cms/src/', pathNot: ['^cms/src/index\\.ts$', layer('bootstrap')] },
      to: { path: layer('bootstrap') },
    },
    {
      name: 'jobs-not-api',
      severity: 'error',
      comment: 'Jobs change records through the workflow and records layers, not through endpoints.',
      from: { path: layer('jobs') },
      to: { path: layer('api') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', '\\.test\\.tsx?$', '^cms/src/admin/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
