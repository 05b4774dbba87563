import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::expert-review.expert-review');
