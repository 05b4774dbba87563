import { staffRoute } from '../../../records/routes';

// GET /api/files/:id — the only way to read an uploaded file (see src/security/files.ts), under the
// read rules of the application that refers to it.
export default {
  routes: [staffRoute('GET', '/files/:id', 'api::evidence.evidence.download', { resource: 'applications', action: 'read' })],
};
