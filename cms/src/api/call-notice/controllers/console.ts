import { createConsoleController } from '../../../console/controller';
import { callNoticeResource } from '../console';

export default createConsoleController(callNoticeResource);
