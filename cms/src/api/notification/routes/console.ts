import { createConsoleRoutes } from '../../../console/controller';
import { notificationResource } from '../console';

// Read and mark read; the jobs create notices, nobody deletes them (the matrix grants no create/delete).
export default createConsoleRoutes(notificationResource, { writable: true });
