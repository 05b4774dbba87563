import { staffRoute } from '../../../records/routes';

const handler = (action: string) => `api::application.workflow.${action}`;

// Strapi loads an api's routers in file-name order: 01- puts these before the core router's /applications/:id.
export default {
  routes: [
    // The ranking aggregates every submitted score sheet; the handler also requires scope `all`.
    staffRoute('GET', '/applications/ranking', handler('ranking'), { resource: 'expert-reviews', action: 'read' }),
    staffRoute('POST', '/applications/evaluations', handler('evaluateAll'), { resource: 'applications', action: 'transition' }),
    staffRoute('POST', '/applications/national-marks', handler('markNationalAll'), { resource: 'applications', action: 'transition' }),
    staffRoute('POST', '/applications/:id/transitions', handler('transition'), { resource: 'applications', action: 'transition' }),
    // Evaluating writes the rule report onto the application, so it goes with the transitions.
    staffRoute('POST', '/applications/:id/evaluate', handler('evaluate'), { resource: 'applications', action: 'transition' }),
    staffRoute('GET', '/applications/:id/report', handler('report'), { resource: 'applications', action: 'read' }),
  ],
};
