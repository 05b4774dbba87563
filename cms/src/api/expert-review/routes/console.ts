import { createRecordRoutes } from '../../../records/controller';
import { expertReviewResource } from '../resource';

export default createRecordRoutes(expertReviewResource);
