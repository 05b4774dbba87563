import { documentRoute } from '../../document/route';

// Strapi loads an api's routers in file-name order: 00- puts these before the core router's /applications/:id.
export default {
  routes: [
    documentRoute('GET', '/applications/export.xlsx', 'exportApplications', { resource: 'applications', action: 'read' }),
    // The handler also requires scope `all` (the province's package of every recommended application).
    documentRoute('GET', '/applications/recommendation-package.zip', 'recommendationPackage', { resource: 'applications', action: 'read' }),
  ],
};
