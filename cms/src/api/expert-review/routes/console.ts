import { createConsoleRoutes } from '../../../console/controller';
import { expertReviewResource } from '../console';

export default createConsoleRoutes(expertReviewResource);
