import { documentRoute } from '../../document/route';

// Before the core router, whose GET /annual-reports/:id would otherwise take this path.
export default {
  routes: [documentRoute('GET', '/annual-reports/template.xlsx', 'annualTemplate')],
};
