import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::city-report.city-report');
