import { createRecordRoutes } from '../../../records/controller';
import { callNoticeResource } from '../resource';

export default createRecordRoutes(callNoticeResource);
