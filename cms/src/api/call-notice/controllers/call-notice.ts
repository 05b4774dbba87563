import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::call-notice.call-notice');
