import { documentRoute } from '../../document/route';

// Before the core router, whose GET /applications/:id would otherwise take these paths.
export default {
  routes: [documentRoute('GET', '/applications/export.xlsx', 'exportApplications'), documentRoute('GET', '/applications/recommendation-package.zip', 'recommendationPackage')],
};
