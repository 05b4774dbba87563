import { createRecordRoutes } from '../../../records/controller';
import { userResource } from '../resource';

export default createRecordRoutes(userResource);
