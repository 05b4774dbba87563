import { createRecordController } from '../../../records/controller';
import { changeFilingResource } from '../resource';

export default createRecordController(changeFilingResource);
