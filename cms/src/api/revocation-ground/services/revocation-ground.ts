import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::revocation-ground.revocation-ground');
