import { createRecordRoutes } from '../../../records/controller';
import { jobRunResource } from '../resource';

export default createRecordRoutes(jobRunResource);
