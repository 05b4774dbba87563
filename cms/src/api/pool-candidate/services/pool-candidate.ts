import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::pool-candidate.pool-candidate');
