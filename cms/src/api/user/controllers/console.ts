import { createRecordController } from '../../../records/controller';
import { userResource } from '../resource';

export default createRecordController(userResource);
