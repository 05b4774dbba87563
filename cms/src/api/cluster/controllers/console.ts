import { createConsoleController } from '../../../console/controller';
import { clusterResource } from '../console';

export default createConsoleController(clusterResource);
