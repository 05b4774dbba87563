import { createConsoleRoutes } from '../../../console/controller';
import { callNoticeResource } from '../console';

export default createConsoleRoutes(callNoticeResource);
