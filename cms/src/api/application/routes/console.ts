import { createConsoleRoutes } from '../../../console/controller';
import { applicationResource } from '../console';

export default createConsoleRoutes(applicationResource);
