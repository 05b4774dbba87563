import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::expert-review.expert-review');
