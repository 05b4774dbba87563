import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::recognized-list.recognized-list');
