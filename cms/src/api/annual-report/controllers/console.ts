import { createRecordController } from '../../../records/controller';
import { annualReportResource } from '../resource';

export default createRecordController(annualReportResource);
