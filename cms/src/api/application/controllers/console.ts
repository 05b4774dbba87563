import { createRecordController } from '../../../records/controller';
import { applicationResource } from '../resource';

export default createRecordController(applicationResource);
