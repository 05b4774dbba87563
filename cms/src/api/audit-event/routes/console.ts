import { createConsoleRoutes } from '../../../console/controller';
import { auditEventResource } from '../console';

export default createConsoleRoutes(auditEventResource);
