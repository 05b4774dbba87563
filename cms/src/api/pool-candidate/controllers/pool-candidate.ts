import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::pool-candidate.pool-candidate');
