'use strict';
// `npm start`: build what is missing or stale, make sure .env has secrets, then serve
// /api, /admin (Strapi admin panel) and /console (staff console) on one port.
const fs = require('fs');
const path = require('path');
const { spawnSync, spawn } = require('child_process');
const { ensureEnv, ROOT, ENV_PATH } = require('./env');
const { serverNodeOptions } = require('./node-options');

const develop = process.argv.includes('--develop');
const production = process.env.NODE_ENV === 'production';
const CMS = path.join(ROOT, 'cms');

function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (['node_modules', 'dist', '.cache', '.strapi', '.tmp', 'uploads'].includes(path.basename(p))) return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Runs `script` when the stamp file is older than any of the sources. */
function buildIfStale(label, sources, stamp, command, args, cwd) {
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (built >= newestMtime(sources)) return;
  console.log(`[start] building ${label} …`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, new Date().toISOString());
  console.log(`[start] ${label} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Production secrets are provisioned, never generated here (each instance would get its own); the
// server refuses to start without them (cms/src/security/production.ts).
const env = production ? { path: ENV_PATH, created: false } : ensureEnv({ demo: process.env.DEMO_DATA !== 'false' });
if (env.created) console.log(`[start] wrote missing secrets to ${path.relative(ROOT, env.path)}`);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
buildIfStale('rules', [path.join(ROOT, 'rules', 'src')], path.join(ROOT, 'rules', 'dist', '.stamp'), npm, ['run', 'build', '-w', '@sme-cluster/rules'], ROOT);
buildIfStale(
  'console',
  [path.join(ROOT, 'admin', 'src'), path.join(ROOT, 'admin', 'index.html'), path.join(ROOT, 'rules', 'dist')],
  path.join(ROOT, 'admin', 'dist', '.stamp'),
  npm,
  ['run', 'build', '-w', '@sme-cluster/admin'],
  ROOT,
);
if (!develop) {
  buildIfStale(
    'Strapi app and admin panel',
    [path.join(CMS, 'src'), path.join(CMS, 'config'), path.join(ROOT, 'rules', 'dist')],
    path.join(CMS, 'dist', '.stamp'),
    npm,
    ['run', 'build'],
    CMS,
  );
}

const child = spawn(npm, ['run', develop ? 'develop' : 'start'], {
  cwd: CMS,
  stdio: 'inherit',
  env: { ...process.env, ENV_PATH: env.path, STRAPI_TELEMETRY_DISABLED: 'true', NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
