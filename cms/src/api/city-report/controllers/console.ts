import { createRecordController } from '../../../records/controller';
import { cityReportResource } from '../resource';

export default createRecordController(cityReportResource);
