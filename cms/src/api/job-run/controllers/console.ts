import { createConsoleController } from '../../../console/controller';
import { jobRunResource } from '../console';

export default createConsoleController(jobRunResource);
