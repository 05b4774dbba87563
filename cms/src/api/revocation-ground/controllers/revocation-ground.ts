import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::revocation-ground.revocation-ground');
