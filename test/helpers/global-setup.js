'use strict';
// Strapi's loaders read compiled JavaScript only: compile the app once for the whole run.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

module.exports = async () => {
  const root = path.resolve(__dirname, '..', '..');
  const rules = spawnSync('npx', ['tsc', '-p', 'rules'], { cwd: root, stdio: 'inherit' });
  if (rules.status !== 0) throw new Error('rules/ does not compile');
  // A schema.json turned into schema.ts would otherwise linger in dist and shadow the new one.
  fs.rmSync(path.join(root, 'cms', 'dist', 'src'), { recursive: true, force: true });
  fs.rmSync(path.join(root, 'cms', 'dist', 'tsconfig.tsbuildinfo'), { force: true });
  const { compileStrapi } = require(require.resolve('@strapi/strapi', { paths: [path.join(root, 'cms')] }));
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi({ appDir: path.join(root, 'cms'), ignoreDiagnostics: false });
};
