import { createRecordRoutes } from '../../../records/controller';
import { revocationGroundResource } from '../resource';

export default createRecordRoutes(revocationGroundResource);
