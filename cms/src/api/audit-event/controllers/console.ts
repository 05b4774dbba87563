import { createRecordController } from '../../../records/controller';
import { auditEventResource } from '../resource';

export default createRecordController(auditEventResource);
