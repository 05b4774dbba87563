import { createRecordRoutes } from '../../../records/controller';
import { regionResource } from '../resource';

export default createRecordRoutes(regionResource);
