import { createRecordRoutes } from '../../../records/controller';
import { auditEventResource } from '../resource';

export default createRecordRoutes(auditEventResource);
