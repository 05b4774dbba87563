import { createConsoleRoutes } from '../../../console/controller';
import { userResource } from '../console';

export default createConsoleRoutes(userResource);
