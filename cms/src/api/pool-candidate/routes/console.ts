import { createRecordRoutes } from '../../../records/controller';
import { poolCandidateResource } from '../resource';

export default createRecordRoutes(poolCandidateResource);
