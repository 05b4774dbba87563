import { createRecordController } from '../../../records/controller';
import { poolCandidateResource } from '../resource';

export default createRecordController(poolCandidateResource);
