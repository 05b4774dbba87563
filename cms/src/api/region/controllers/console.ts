import { createConsoleController } from '../../../console/controller';
import { regionResource } from '../console';

export default createConsoleController(regionResource);
