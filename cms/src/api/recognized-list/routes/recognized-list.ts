import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::recognized-list.recognized-list');
