import { createConsoleController } from '../../../console/controller';
import { notificationResource } from '../console';

export default createConsoleController(notificationResource);
