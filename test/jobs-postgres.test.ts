import path from 'path';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'child_process';
import { bootApp, type TestApp } from './helpers/strapi';
import { jobFixtures, shanghai } from './helpers/jobs';
import { runJob } from '../cms/src/jobs/runner';

/**
 * Exactly once across instances, on PostgreSQL: this jest process is one Strapi instance, a child
 * Node process booting Strapi on the same (throw-away) database is the other.
 */
const PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CMS = path.resolve(__dirname, '..', 'cms');
const pgReachable =
  spawnSync(
    process.execPath,
    [
      '-e',
      `const { Client } = require(require.resolve('pg', { paths: [${JSON.stringify(CMS)}] })); const c = new Client({ connectionString: ${JSON.stringify(PG_URL)} }); c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`,
    ],
    { timeout: 10_000 },
  ).status === 0;
if (!pgReachable) console.warn(`SKIPPED: PostgreSQL is not reachable at ${PG_URL}; the multi-instance job tests need it.`);
const describePg = pgReachable ? describe : describe.skip;

interface Instance {
  child: ChildProcessWithoutNullStreams;
  waitFor(token: string): Promise<string>;
  exited: Promise<number | null>;
}

function instance(job: string, now: Date, ...flags: string[]): Instance {
  const child = spawn(process.execPath, [path.join(__dirname, 'helpers', 'job-child.js'), job, now.toISOString(), ...flags], {
    env: { ...process.env, DEMO_DATA: 'false', SCHEDULER_ENABLED: 'false' },
  });
  let output = '';
  let errors = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (chunk) => {
    output += chunk;
    waiters.forEach((check) => check());
  });
  child.stderr.on('data', (chunk) => (errors += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    waitFor: (token) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = output.split('\n').find((l) => l.startsWith(token));
          if (line) resolve(line.slice(token.length).trim());
        };
        waiters.push(check);
        check();
        void exited.then(() => setTimeout(() => reject(new Error(`instance exited before ${token}: ${errors.slice(-2000)}`)), 50));
      }),
  };
}

describePg('scheduled jobs on PostgreSQL with two Strapi instances', () => {
  let app: TestApp;
  let fx: ReturnType<typeof jobFixtures>;
  const children: Instance[] = [];
  beforeAll(async () => {
    process.env.TEST_DB = 'postgres';
    process.env.TEST_PG_URL = PG_URL;
    app = await bootApp();
    fx = jobFixtures(app.strapi);
  }, 180_000);
  afterAll(async () => {
    children.forEach(({ child }) => child.exitCode == null && child.kill('SIGKILL'));
    await app?.stop();
  });

  const auditCounts = async (ids: string[]) => Promise.all(ids.map(async (id) => (await fx.audits(id)).length));

  it('one fire, two instances: exactly one run changes the records, the other records that it skipped', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 25; i += 1) ids.push(await fx.cluster({ status: 'recognized', validUntil: '2024-01-31' }));
    const fire = shanghai('2027-01-01', '01:15');
    const other = instance('expiry', fire, '--scheduled');
    children.push(other);
    await other.waitFor('READY');
    other.child.stdin.write('GO\n');
    const [here, thereLine] = await Promise.all([runJob('expiry', { now: fire, scheduled: true }), other.waitFor('RESULT')]);
    const there = JSON.parse(thereLine) as { run: { outcome: string; changed: number }; changed: number };

    const outcomes = [here.run.outcome, there.run.outcome].sort();
    expect(outcomes).toEqual(['skipped', 'succeeded']);
    // The winner also expires whichever demo clusters have ended by then.
    expect(Math.min(Number(here.run.changed), there.run.changed)).toBe(0);
    expect(Math.max(Number(here.run.changed), there.run.changed)).toBeGreaterThanOrEqual(25);
    const runs = (await app.strapi.db.query('api::job-run.job-run').findMany({ where: { job: 'expiry', firedAt: fire } })) as Array<{
      runKey: string;
      outcome: string;
    }>;
    expect(runs.map((r) => r.outcome).sort()).toEqual(['skipped', 'succeeded']);
    expect(runs.find((r) => r.outcome === 'succeeded')?.runKey).toBe(`expiry:${fire.toISOString()}`);
    for (const id of ids) expect((await fx.get(id)).status).toBe('expired');
    expect(await auditCounts(ids)).toEqual(ids.map(() => 1));
  }, 180_000);

  it('a run killed midway (kill -9) and the next fire: every missed report proposed once, no duplicate proposals, audit events or notices', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) ids.push(await fx.cluster({ status: 'recognized', recognizedAt: '2025-08-01', validUntil: '2028-08-01' }));
    // Batches of 10: the run is killed after its first batch committed, in the middle of the sweep.
    await app.strapi.db.query('settings.schedules').updateMany({ where: {}, data: { batchSize: 10 } });
    const fire = shanghai('2027-03-12', '01:45');
    const doomed = instance('annual_report_sweep', fire, '--scheduled', '--pause-after=10');
    children.push(doomed);
    await doomed.waitFor('READY');
    doomed.child.stdin.write('GO\n');
    await doomed.waitFor('PAUSED');
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    const proposals = async () => Promise.all(ids.map(async (id) => (await fx.proposals(id)).length));
    expect((await proposals()).every((count) => count <= 1)).toBe(true);
    const stale = (await app.strapi.db.query('api::job-run.job-run').findOne({ where: { runKey: `annual_report_sweep:${fire.toISOString()}` } })) as {
      outcome: string;
    };
    expect(stale.outcome).toBe('running');

    // The dead run still holds its fire; the next fire has its own key and finishes the work.
    expect((await runJob('annual_report_sweep', { now: fire, scheduled: true })).run.outcome).toBe('skipped');
    const next = await runJob('annual_report_sweep', { now: shanghai('2027-03-13', '01:45'), scheduled: true });
    expect(next.run.outcome).toBe('succeeded');
    expect(await proposals()).toEqual(ids.map(() => 1));
    expect(await auditCounts(ids)).toEqual(ids.map(() => 1));
    // Nothing is revoked without the province's confirmation; the province is told of each proposal once.
    for (const day of ['2027-03-13', '2027-03-14']) await runJob('revocation_sweep', { now: shanghai(day, '02:00'), scheduled: true });
    expect(await Promise.all(ids.map(async (id) => (await fx.get(id)).status))).toEqual(ids.map(() => 'recognized'));
    const told = await Promise.all(ids.map(async (id) => (await fx.notices(id)).filter((n) => n.kind === 'revocation_proposed').length));
    expect(told).toEqual(ids.map(() => 1));
  }, 180_000);
});
