import { documentRoute } from '../route';

// Paths that share a prefix with a core router's /:id live in that api's 00-documents router instead.
export default {
  routes: [documentRoute('GET', '/applications/:id/form.pdf', 'formPdf'), documentRoute('POST', '/annual-reports/import', 'annualImport')],
};
