import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::recognized-list.recognized-list');
