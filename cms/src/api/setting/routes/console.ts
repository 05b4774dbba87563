import { createRecordRoutes } from '../../../records/controller';
import { settingsResource } from '../resource';

export default createRecordRoutes(settingsResource);
