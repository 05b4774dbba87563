import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::call-notice.call-notice');
