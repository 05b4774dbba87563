import { createConsoleController } from '../../../console/controller';
import { changeFilingResource } from '../console';

export default createConsoleController(changeFilingResource);
