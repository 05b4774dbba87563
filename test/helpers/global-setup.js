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
  // The app serves the built console at /console; build it when missing or older than its sources.
  const newest = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const full = path.join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
    }, 0);
  const builtConsole = path.join(root, 'admin', 'dist', 'index.html');
  if (!fs.existsSync(builtConsole) || fs.statSync(builtConsole).mtimeMs < newest(path.join(root, 'admin', 'src'))) {
    const build = spawnSync('npm', ['run', 'build', '-w', '@sme-cluster/admin'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the console (admin/) does not build');
  }
  const { compileStrapi } = require(require.resolve('@strapi/strapi', { paths: [path.join(root, 'cms')] }));
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi({ appDir: path.join(root, 'cms'), ignoreDiagnostics: false });
};
