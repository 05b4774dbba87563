import { createRecordRoutes } from '../../../records/controller';
import { annualReportResource } from '../resource';

export default createRecordRoutes(annualReportResource);
