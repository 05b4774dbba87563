import { createConsoleController } from '../../../console/controller';
import { applicationResource } from '../console';

export default createConsoleController(applicationResource);
