import { bootApp, type TestApp } from './helpers/strapi';
import { abandonStaleRuns } from '../cms/src/jobs/stale';

/**
 * A job run whose process was killed midway stays `running`: nothing finishes it. Runs still running
 * longer than the settings' `jobs.staleRunHours` (default 6) after they started are marked
 * `abandoned` at boot and whenever a job starts.
 */
let app: TestApp;
let province: string;
beforeAll(async () => {
  app = await bootApp();
  province = await app.login('province@demo.local');
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const HOUR = 3_600_000;
let counter = 0;
const jobRun = async (outcome: string, startedHoursAgo: number, now = Date.now()) => {
  counter += 1;
  const startedAt = new Date(now - startedHoursAgo * HOUR);
  const created = await app.strapi.documents('api::job-run.job-run').create({
    data: {
      job: 'expiry',
      runKey: `expiry:stale-test:${counter}`,
      firedAt: startedAt,
      startedAt,
      outcome,
      dryRun: false,
      examined: 3,
      changed: 1,
      details: { asOf: startedAt.toISOString() },
    } as never,
  });
  return created.documentId;
};
const stored = (documentId: string) =>
  app.strapi.db.query('api::job-run.job-run').findOne({ where: { documentId } }) as Promise<{
    outcome: string;
    finishedAt: string | null;
    details: Record<string, unknown>;
  }>;

describe('stale job runs', () => {
  it('marks a run still running past the limit abandoned when a job starts; a recent or finished one keeps its outcome', async () => {
    const killed = await jobRun('running', 7);
    const recent = await jobRun('running', 1);
    const finished = await jobRun('succeeded', 30);

    await app.as(province).post('/api/jobs/expiry/run').send({ dryRun: true }).expect(201);

    const abandoned = await stored(killed);
    expect(abandoned.outcome).toBe('abandoned');
    expect(abandoned.finishedAt).not.toBeNull();
    // What the run recorded when it started stays; the note says why it ended this way.
    expect(abandoned.details).toMatchObject({ asOf: expect.any(String), abandoned: expect.stringContaining('6') });
    expect((await stored(recent)).outcome).toBe('running');
    expect(await stored(finished)).toMatchObject({ outcome: 'succeeded', finishedAt: null });
  });

  it('follows the limit in the settings', async () => {
    const run = await jobRun('running', 3);
    expect(await abandonStaleRuns()).toBe(0);
    await app.strapi.db.query('settings.schedules').updateMany({ where: {}, data: { staleRunHours: 2 } });
    // A new stored version is what makes every instance reload the settings.
    const settings = app.strapi.db.query('api::setting.setting');
    const { id, version } = (await settings.findOne({ select: ['id', 'version'] })) as { id: number; version: number };
    await settings.update({ where: { id }, data: { version: version + 1 } });
    expect(await abandonStaleRuns()).toBe(1);
    expect((await stored(run)).outcome).toBe('abandoned');
  });

  it('lists abandoned runs in the console, filterable by outcome', async () => {
    const list = await app
      .as(province)
      .get(`/api/console/job-runs?filter=${encodeURIComponent(JSON.stringify({ outcome: 'abandoned' }))}`)
      .expect(200);
    expect(list.body.length).toBeGreaterThanOrEqual(1);
    expect(list.body.every((run: { outcome: string }) => run.outcome === 'abandoned')).toBe(true);
  });
});
