/**
 * Sweep time over 2,000 generated clusters on SQLite. Not a test: figures are printed, never asserted.
 *
 *   node cms/dist/scripts/bench-jobs.js     (compiled with the app: npm run build, or any jest run)
 *   BENCH_CLUSTERS=5000 node cms/dist/scripts/bench-jobs.js
 *
 * Boots the compiled app on a throw-away SQLite file with the demo accounts (so every revocation
 * notifies a county and a prefecture user), recognizes BENCH_CLUSTERS clusters in 2025 without any
 * annual report, then times the annual-report sweep of 11 March 2027: a dry run, the real run
 * (every cluster revoked: update + audit event + notices, one transaction each), and a second run
 * that finds nothing left to do.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { runJob } from '../src/jobs/runner';

const CLUSTERS = Number(process.env.BENCH_CLUSTERS ?? 2000);
const COUNTIES = ['520382', '520115', '520402', '522601', '520201', '522701'];

async function main(): Promise<void> {
  const dbFile = path.join(os.tmpdir(), `bench-jobs-${process.pid}.db`);
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: dbFile,
    APP_KEYS: 'benchA,benchB',
    API_TOKEN_SALT: 'bench',
    ADMIN_JWT_SECRET: 'bench',
    TRANSFER_TOKEN_SALT: 'bench',
    JWT_SECRET: 'bench',
    ENCRYPTION_KEY: 'bench',
    STRAPI_TELEMETRY_DISABLED: 'true',
    DEMO_PASSWORD: 'Bench-Pass-2026',
    DEMO_BANNER: 'false',
    SCHEDULER_ENABLED: 'false',
  });
  const appDir = path.resolve(__dirname, '..', '..');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = 'error';
  try {
    const regions = (await strapi.db.query('api::region.region').findMany({ where: { code: { $in: COUNTIES } }, populate: { parent: true } })) as Array<{
      code: string;
      documentId: string;
      parent: { documentId: string };
    }>;
    const seeded = Date.now();
    await strapi.db.transaction(async () => {
      for (let i = 0; i < CLUSTERS; i += 1) {
        const county = regions[i % regions.length];
        await strapi.documents('api::cluster.cluster').create({
          data: {
            name: `中小企业特色产业集群（基准${i}）`,
            leadingIndustry: '基准产业',
            status: 'recognized',
            recognizedAt: '2025-06-30',
            validUntil: '2028-06-30',
            county: county.documentId,
            prefecture: county.parent.documentId,
          } as never,
        });
      }
    });
    console.log(`seeded ${CLUSTERS} clusters in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

    const now = new Date('2027-03-11T01:30:00+08:00');
    for (const [label, dryRun] of [['dry run', true], ['real run', false], ['second run', false]] as const) {
      const started = process.hrtime.bigint();
      const { run, changes } = await runJob('annual_report_sweep', { now, dryRun });
      const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(2);
      console.log(`annual_report_sweep ${label}: ${run.outcome}, examined ${run.examined}, ${dryRun ? 'would change' : 'changed'} ${changes.length} in ${seconds} s`);
    }
    const notices = await strapi.db.query('api::notification.notification').count({});
    const audits = await strapi.db.query('api::audit-event.audit-event').count({ where: { action: 'revoke' } });
    console.log(`written: ${audits} audit events, ${notices} notifications`);
  } finally {
    await strapi.destroy();
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${dbFile}${suffix}`, { force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
