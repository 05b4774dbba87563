import { createRecordRoutes } from '../../../records/controller';
import { cityReportResource } from '../resource';

export default createRecordRoutes(cityReportResource);
