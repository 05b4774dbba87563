import { createConsoleRoutes } from '../../../console/controller';
import { changeFilingResource } from '../console';

export default createConsoleRoutes(changeFilingResource);
