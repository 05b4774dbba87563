import { staffRoute } from '../../../records/routes';

const handler = (action: string) => `api::expert-review.assignment.${action}`;

// Strapi loads an api's routers in file-name order: 01- puts these before the core router's /expert-reviews/:id.
export default {
  routes: [
    // Whom the province may offer an application: each expert with its ties to it and its load.
    staffRoute('GET', '/expert-reviews/choices', handler('choices'), { resource: 'expert-reviews', action: 'create' }),
    staffRoute('POST', '/expert-reviews/assignments', handler('assignAll'), { resource: 'expert-reviews', action: 'create' }),
    staffRoute('POST', '/expert-reviews/:id/actions', handler('action'), { resource: 'expert-reviews', action: 'transition' }),
  ],
};
