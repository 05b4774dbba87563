import { createConsoleRoutes } from '../../../console/controller';
import { jobRunResource } from '../console';

export default createConsoleRoutes(jobRunResource);
