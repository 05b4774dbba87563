import { createConsoleController } from '../../../console/controller';
import { auditEventResource } from '../console';

export default createConsoleController(auditEventResource);
