import { documentRoute } from '../route';

// Paths that share a prefix with a core router's /:id live in that api's 00-documents router instead.
export default {
  routes: [
    documentRoute('GET', '/applications/:id/form.pdf', 'formPdf', { resource: 'applications', action: 'read' }),
    // The city's yearly Excel creates or updates reports: it goes with creating them.
    documentRoute('POST', '/annual-reports/import', 'annualImport', { resource: 'annual-reports', action: 'create' }),
  ],
};
