import { createRecordRoutes } from '../../../records/controller';
import { clusterResource } from '../resource';

export default createRecordRoutes(clusterResource);
