import { createConsoleRoutes } from '../../../console/controller';
import { settingsResource } from '../console';

export default createConsoleRoutes(settingsResource);
