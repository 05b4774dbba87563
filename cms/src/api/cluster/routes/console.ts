import { createConsoleRoutes } from '../../../console/controller';
import { clusterResource } from '../console';

export default createConsoleRoutes(clusterResource);
