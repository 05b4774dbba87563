import { staffRoute } from '../../../records/routes';
import { documentRoute } from '../../document/route';

// Strapi loads an api's routers in file-name order: 01- puts these before the core router's /city-reports/:id.
export default {
  routes: [
    staffRoute('POST', '/city-reports/:id/actions', 'api::city-report.workflow.action', { resource: 'city-reports', action: 'transition' }),
    // Every city's report of a year in one workbook: the handler also requires scope `all` (the province).
    documentRoute('GET', '/city-reports/workbook.xlsx', 'cityReportsWorkbook', { resource: 'city-reports', action: 'read' }),
  ],
};
