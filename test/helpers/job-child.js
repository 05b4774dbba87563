'use strict';
/**
 * A second Strapi instance in its own process, for the exactly-once tests: boots on the database the
 * environment names, says READY, waits for GO on stdin, runs one job and prints RESULT <json>.
 *   node job-child.js <job> <nowISO> [--scheduled] [--pause-after=N]
 * With --pause-after it says PAUSED after N applied changes and hangs there, to be killed (kill -9).
 */
const path = require('path');
const readline = require('readline');

const appDir = path.resolve(__dirname, '..', '..', 'cms');
const [job, nowIso, ...flags] = process.argv.slice(2);
const pauseAfter = Number((flags.find((f) => f.startsWith('--pause-after=')) || '').split('=')[1]) || 0;

async function main() {
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [appDir] }));
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = 'error';
  const { runJob } = require(path.join(appDir, 'dist', 'src', 'jobs', 'runner.js'));
  process.stdout.write('READY\n');
  await new Promise((resolve) => readline.createInterface({ input: process.stdin }).on('line', (line) => line === 'GO' && resolve()));
  const result = await runJob(job, {
    now: new Date(nowIso),
    scheduled: flags.includes('--scheduled'),
    async afterChange(changed) {
      if (pauseAfter && changed >= pauseAfter) {
        process.stdout.write('PAUSED\n');
        await new Promise(() => {});
      }
    },
  });
  process.stdout.write(`RESULT ${JSON.stringify({ run: result.run, changed: result.changes.length })}\n`);
  await strapi.destroy();
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
