import { createRecordRoutes } from '../../../records/controller';
import { notificationResource } from '../resource';

// Read and mark read; the jobs create notices, nobody deletes them (the matrix grants no create/delete).
export default createRecordRoutes(notificationResource, { writable: true });
