import { createRecordRoutes } from '../../../records/controller';
import { changeFilingResource } from '../resource';

export default createRecordRoutes(changeFilingResource);
