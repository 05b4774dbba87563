import { createRecordController } from '../../../records/controller';
import { notificationResource } from '../resource';

export default createRecordController(notificationResource);
