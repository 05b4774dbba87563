import { createConsoleController } from '../../../console/controller';
import { userResource } from '../console';

export default createConsoleController(userResource);
