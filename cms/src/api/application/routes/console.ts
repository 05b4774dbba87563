import { createRecordRoutes } from '../../../records/controller';
import { applicationResource } from '../resource';

export default createRecordRoutes(applicationResource);
