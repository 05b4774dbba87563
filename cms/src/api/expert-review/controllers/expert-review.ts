import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::expert-review.expert-review');
