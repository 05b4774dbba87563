import { createConsoleController } from '../../../console/controller';
import { annualReportResource } from '../console';

export default createConsoleController(annualReportResource);
