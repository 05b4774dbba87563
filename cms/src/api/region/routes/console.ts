import { createConsoleRoutes } from '../../../console/controller';
import { regionResource } from '../console';

export default createConsoleRoutes(regionResource);
