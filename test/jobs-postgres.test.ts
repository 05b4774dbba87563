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

  it('a run killed midway (kill -9) and the next fire: every cluster revoked once, no duplicate audit events or notices', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const id = await fx.cluster({ status: 'recognized', validUntil: '2029-01-31' });
      await fx.ground(id, 'incident');
      ids.push(id);
    }
    // Batches of 10: the run is killed after its first batch committed, in the middle of the sweep.
    await app.strapi.db.query('settings.schedules').updateMany({ where: {}, data: { batchSize: 10 } });
    const fire = shanghai('2027-02-01', '01:45');
    const doomed = instance('revocation_sweep', fire, '--scheduled', '--pause-after=10');
    children.push(doomed);
    await doomed.waitFor('READY');
    doomed.child.stdin.write('GO\n');
    await doomed.waitFor('PAUSED');
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    const statuses = async () => Promise.all(ids.map(async (id) => (await fx.get(id)).status));
    expect((await statuses()).filter((s) => s === 'revoked')).toHaveLength(10);
    const stale = (await app.strapi.db.query('api::job-run.job-run').findOne({ where: { runKey: `revocation_sweep:${fire.toISOString()}` } })) as {
      outcome: string;
    };
    expect(stale.outcome).toBe('running');

    // The dead run still holds its fire; the next fire has its own key and finishes the work.
    expect((await runJob('revocation_sweep', { now: fire, scheduled: true })).run.outcome).toBe('skipped');
    const next = await runJob('revocation_sweep', { now: shanghai('2027-02-02', '01:45'), scheduled: true });
    expect(next.run).toMatchObject({ outcome: 'succeeded', changed: 20 });

    expect(await statuses()).toEqual(ids.map(() => 'revoked'));
    expect(await auditCounts(ids)).toEqual(ids.map(() => 1));
    // One revocation notice to the county user and one to the prefecture user of each cluster.
    const notices = await Promise.all(ids.map(async (id) => (await fx.notices(id)).length));
    expect(notices).toEqual(ids.map(() => 2));
    const unapplied = await app.strapi.db.query('api::revocation-ground.revocation-ground').count({ where: { appliedAt: { $null: true } } });
    expect(unapplied).toBe(0);
  }, 180_000);
});
