import { factories } from '@strapi/strapi';

// Grounds are recorded by the services (change filings, annual reports, incidents), never over REST.
export default factories.createCoreRouter('api::revocation-ground.revocation-ground', { only: ['find', 'findOne'] });
