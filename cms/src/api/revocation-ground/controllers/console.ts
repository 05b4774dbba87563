import { createRecordController } from '../../../records/controller';
import { revocationGroundResource } from '../resource';

export default createRecordController(revocationGroundResource);
