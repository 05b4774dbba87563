import { createConsoleRoutes } from '../../../console/controller';
import { annualReportResource } from '../console';

export default createConsoleRoutes(annualReportResource);
