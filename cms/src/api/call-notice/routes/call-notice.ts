import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::call-notice.call-notice');
