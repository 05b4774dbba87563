import { createConsoleController } from '../../../console/controller';
import { expertReviewResource } from '../console';

export default createConsoleController(expertReviewResource);
