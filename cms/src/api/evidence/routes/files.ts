// GET /api/files/:id — the only way to read an uploaded file (see src/security/files.ts).
export default {
  routes: [{ method: 'GET', path: '/files/:id', handler: 'api::evidence.evidence.download', config: { policies: [] } }],
};
