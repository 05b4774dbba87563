import { documentRoute } from '../../document/route';

// Strapi loads an api's routers in file-name order: 00- puts this before the core router's /annual-reports/:id.
export default {
  // The template lists what the city may create.
  routes: [documentRoute('GET', '/annual-reports/template.xlsx', 'annualTemplate', { resource: 'annual-reports', action: 'create' })],
};
