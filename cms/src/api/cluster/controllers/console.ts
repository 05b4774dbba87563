import { createRecordController } from '../../../records/controller';
import { clusterResource } from '../resource';

export default createRecordController(clusterResource);
