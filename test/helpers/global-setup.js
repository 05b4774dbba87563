'use strict';
// Strapi's loaders read compiled JavaScript only: compile the app once for the whole run.
const path = require('path');
const { spawnSync } = require('child_process');

module.exports = async () => {
  const root = path.resolve(__dirname, '..', '..');
  const rules = spawnSync('npx', ['tsc', '-p', 'rules'], { cwd: root, stdio: 'inherit' });
  if (rules.status !== 0) throw new Error('rules/ does not compile');
  const { compileStrapi } = require(require.resolve('@strapi/strapi', { paths: [path.join(root, 'cms')] }));
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi({ appDir: path.join(root, 'cms'), ignoreDiagnostics: false });
};
