import { createRecordController } from '../../../records/controller';
import { regionResource } from '../resource';

export default createRecordController(regionResource);
