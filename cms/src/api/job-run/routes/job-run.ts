import { factories } from '@strapi/strapi';

// Append-only: no API creates, updates or deletes these; the services write them.
export default factories.createCoreRouter('api::job-run.job-run', { only: ['find', 'findOne'] });
