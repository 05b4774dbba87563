import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::pool-candidate.pool-candidate');
