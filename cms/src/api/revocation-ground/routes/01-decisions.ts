import { staffRoute } from '../../../records/routes';

// Strapi loads an api's routers in file-name order: 01- keeps this next to the core router's paths.
export default {
  routes: [
    staffRoute('POST', '/revocation-grounds/decisions', 'api::revocation-ground.decisions.decide', { resource: 'revocation-grounds', action: 'transition' }),
  ],
};
