import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::city-report.city-report');
