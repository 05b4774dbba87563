import { createRecordController } from '../../../records/controller';
import { expertReviewResource } from '../resource';

export default createRecordController(expertReviewResource);
