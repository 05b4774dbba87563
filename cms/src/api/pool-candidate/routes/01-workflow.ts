import { staffRoute } from '../../../records/routes';

// Strapi loads an api's routers in file-name order: 01- puts these before the core router's /pool-candidates/:id.
export default {
  routes: [staffRoute('POST', '/pool-candidates/:id/actions', 'api::pool-candidate.workflow.action', { resource: 'pool-candidates', action: 'transition' })],
};
