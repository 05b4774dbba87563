import { createRecordController } from '../../../records/controller';
import { callNoticeResource } from '../resource';

export default createRecordController(callNoticeResource);
