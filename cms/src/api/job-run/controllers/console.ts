import { createRecordController } from '../../../records/controller';
import { jobRunResource } from '../resource';

export default createRecordController(jobRunResource);
