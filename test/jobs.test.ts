import { bootApp, type TestApp } from './helpers/strapi';
import { jobFixtures, shanghai } from './helpers/jobs';
import { runJob } from '../cms/src/jobs/runner';
import { seedApplication } from './e2e/helpers/seed';

let app: TestApp;
let fx: ReturnType<typeof jobFixtures>;
beforeAll(async () => {
  app = await bootApp();
  fx = jobFixtures(app.strapi);
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const recipientsOf = (notices: Array<{ recipient: { email: string } | null }>) => notices.map((n) => n.recipient?.email).sort();
const REGION_USERS = ['city-520300@demo.local', 'county-520382@demo.local'];
const PROVINCE_USERS = ['province@demo.local'];

describe('expiry (Art. 17, docs/domain.md §3)', () => {
  it('keeps validUntil itself and the last day of the re-review window valid, expires the day after (Asia/Shanghai)', async () => {
    const id = await fx.cluster({ status: 'recognized', recognizedAt: '2024-06-30', validUntil: '2027-06-30' });
    await runJob('expiry', { now: shanghai('2027-06-30', '23:59') });
    expect((await fx.get(id)).status).toBe('recognized');
    await runJob('expiry', { now: shanghai('2027-07-30', '23:59') });
    expect((await fx.get(id)).status).toBe('recognized');

    // 2027-07-31 00:00:30 in Shanghai is still 30 July in UTC: the Chinese date decides.
    const { run, changes } = await runJob('expiry', { now: shanghai('2027-07-31', '00:00') });
    expect(run.outcome).toBe('succeeded');
    expect(changes.find((c) => c.subjectId === id)).toMatchObject({ action: 'expire', fromState: 'recognized', toState: 'expired' });
    expect((await fx.get(id)).status).toBe('expired');
    const audits = await fx.audits(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'expire', actorRole: 'system', fromState: 'recognized', toState: 'expired' });
    expect(audits[0].comment).toContain('2027-07-30');
    const notices = (await fx.notices(id)).filter((n) => n.kind === 'cluster_expired');
    expect(recipientsOf(notices)).toEqual(REGION_USERS);
  });

  it('never expires a cluster whose re-review is pending, nor one whose passed re-review is not in force yet', async () => {
    const pending = await fx.cluster({
      status: 'renewal_pending',
      validUntil: '2027-01-31',
      renewals: [{ requestedOn: '2027-01-10', outcome: 'pending', previousValidUntil: '2027-01-31' }],
    });
    const approved = await fx.cluster({
      status: 'recognized',
      validUntil: '2027-01-31',
      renewals: [{ requestedOn: '2027-01-10', outcome: 'approved', previousValidUntil: '2027-01-31', newValidUntil: '2030-01-31', effective: false }],
    });
    const denied = await fx.cluster({
      status: 'recognized',
      validUntil: '2027-01-31',
      renewals: [{ requestedOn: '2027-01-10', outcome: 'denied', previousValidUntil: '2027-01-31' }],
    });
    await runJob('expiry', { now: shanghai('2027-06-01') });
    expect((await fx.get(pending)).status).toBe('renewal_pending');
    expect((await fx.get(approved)).status).toBe('recognized');
    expect((await fx.get(denied)).status).toBe('expired');
  });

  it('reminds the county and the prefecture 90 and 30 days before validUntil, once each', async () => {
    const id = await fx.cluster({ status: 'recognized', recognizedAt: '2025-03-31', validUntil: '2028-03-31' });
    const reminders = async () => (await fx.notices(id)).filter((n) => n.kind === 'expiry_reminder');
    await runJob('expiry', { now: shanghai('2028-01-01') }); // day −90 is 2028-01-01 (2028 is a leap year)
    expect(await reminders()).toHaveLength(2);
    expect((await reminders())[0].title).toContain('2028-03-31');
    await runJob('expiry', { now: shanghai('2028-01-01', '03:00') });
    await runJob('expiry', { now: shanghai('2028-02-15') });
    expect(await reminders()).toHaveLength(2);
    await runJob('expiry', { now: shanghai('2028-03-01') }); // day −30
    expect(recipientsOf(await reminders())).toEqual([...REGION_USERS, ...REGION_USERS].sort());
    await runJob('expiry', { now: shanghai('2028-03-31') });
    expect(await reminders()).toHaveLength(4);
    expect(await fx.audits(id)).toHaveLength(0); // a reminder changes no state
  });

  it('sends no reminder before day −90', async () => {
    const id = await fx.cluster({ status: 'recognized', validUntil: '2029-12-31' });
    await runJob('expiry', { now: shanghai('2029-10-01') }); // day −91
    expect(await fx.notices(id)).toHaveLength(0);
  });
});

describe('renewal (Art. 17)', () => {
  it('puts a passed re-review in force on the old validUntil: +3 years, marked effective, once', async () => {
    const id = await fx.cluster({
      status: 'recognized',
      validUntil: '2027-05-31',
      renewals: [{ requestedOn: '2027-04-01', outcome: 'approved', previousValidUntil: '2027-05-31', newValidUntil: '2030-05-31', effective: false }],
    });
    await runJob('renewal', { now: shanghai('2027-05-30', '23:59') });
    expect((await fx.get(id)).validUntil).toBe('2027-05-31');
    const first = await runJob('renewal', { now: shanghai('2027-05-31', '00:00') });
    expect(first.changes.find((c) => c.subjectId === id)).toMatchObject({ action: 'renewal_effective', newValidUntil: '2030-05-31' });
    const cluster = await fx.get(id);
    expect(cluster).toMatchObject({ status: 'recognized', validUntil: '2030-05-31' });
    expect(cluster.renewals[0]).toMatchObject({ outcome: 'approved', effective: true });
    const again = await runJob('renewal', { now: shanghai('2027-05-31', '00:00') });
    expect(again.changes.find((c) => c.subjectId === id)).toBeUndefined();
    expect((await fx.audits(id)).map((a) => a.action)).toEqual(['renewal_effective']);
  });
});

describe('annual-report sweep (Art. 19–20 (三))', () => {
  let onTime: string;
  let missing: string;
  let draft: string;
  let late: string;
  let newcomer: string;
  beforeAll(async () => {
    onTime = await fx.cluster({ status: 'recognized', recognizedAt: '2025-08-01', validUntil: '2028-08-01' });
    missing = await fx.cluster({ status: 'recognized', recognizedAt: '2025-08-01', validUntil: '2028-08-01' });
    draft = await fx.cluster({ status: 'renewal_pending', recognizedAt: '2024-03-20', validUntil: '2027-03-20' });
    late = await fx.cluster({ status: 'recognized', recognizedAt: '2026-12-20', validUntil: '2029-12-20' });
    newcomer = await fx.cluster({ status: 'recognized', recognizedAt: '2027-01-15', validUntil: '2030-01-15' });
    await fx.annualReport(onTime, 2026, 'submitted', shanghai('2027-03-10', '23:30'));
    await fx.annualReport(draft, 2026, 'draft');
    await fx.annualReport(late, 2026, 'submitted', shanghai('2027-03-11', '09:00'));
  });

  it('before the due day reminds the county and the city 30, 7 and 1 days ahead, once each, and proposes nothing', async () => {
    expect((await runJob('annual_report_sweep', { now: shanghai('2027-02-07') })).changes).toEqual([]);
    const dueNotices = async (id: string) => (await fx.notices(id)).filter((n) => n.kind === 'annual_report_due');
    for (const [day, count] of [
      ['2027-02-08', 1],
      ['2027-02-09', 1],
      ['2027-03-03', 2],
      ['2027-03-10', 3],
    ] as const) {
      await runJob('annual_report_sweep', { now: shanghai(day, '01:30') });
      expect(recipientsOf(await dueNotices(missing))).toEqual(
        Array.from({ length: count }, () => REGION_USERS)
          .flat()
          .sort(),
      );
    }
    expect((await dueNotices(missing))[0].title).toContain('2026年度发展情况将于 2027-03-10 截止报送');
    // A report already submitted, even late, settles the reminder; so does one due from a cluster recognized this year.
    for (const id of [onTime, late, newcomer]) expect(await dueNotices(id)).toEqual([]);
    expect(await dueNotices(draft)).toHaveLength(3 * REGION_USERS.length);
    for (const id of [missing, draft]) expect(await fx.proposals(id)).toEqual([]);
  });

  it('after 10 March proposes revoking clusters recognized before the year without last year’s report submitted in time, and revokes none', async () => {
    const first = await runJob('annual_report_sweep', { now: shanghai('2027-03-12') });
    expect(await fx.proposals(onTime)).toEqual([]);
    expect(await fx.proposals(newcomer)).toEqual([]);
    for (const id of [missing, draft, late]) {
      // Nothing is revoked without the province's confirmation (docs/domain.md §3).
      expect((await fx.get(id)).status).not.toBe('revoked');
      expect(await fx.proposals(id)).toEqual([
        expect.objectContaining({ ground: 'annual_report_missing', source: 'annual_report', sourceId: '2026', status: 'proposed', foundBy: first.run.runKey }),
      ]);
      const [audit] = await fx.audits(id);
      expect(audit).toMatchObject({ action: 'propose' });
      expect(audit.comment).toContain('第二十条（三）');
    }
    // Overdue: the county, the city and the province are told once, with the proposal.
    expect(recipientsOf((await fx.notices(missing)).filter((n) => n.kind === 'annual_report_overdue'))).toEqual([...REGION_USERS, ...PROVINCE_USERS].sort());
    // A rerun proposes nothing twice.
    const again = await runJob('annual_report_sweep', { now: shanghai('2027-03-13') });
    expect(again.run.changed).toBe(0);
    expect(await fx.proposals(missing)).toHaveLength(1);
    expect((await fx.notices(missing)).filter((n) => n.kind === 'annual_report_overdue')).toHaveLength(3);
  });
});

describe('revocation sweep (Art. 20)', () => {
  it('tells the province once of each open proposal on a cluster in effect, and revokes nothing', async () => {
    const lateFiling = await fx.cluster({ status: 'recognized', validUntil: '2029-01-01' });
    const decided = await fx.cluster({ status: 'recognized', validUntil: '2029-01-01' });
    const expired = await fx.cluster({ status: 'expired', validUntil: '2026-01-01' });
    await fx.ground(lateFiling, 'change_not_filed');
    await fx.ground(decided, 'incident', { status: 'dismissed' });
    await fx.ground(expired, 'incident');

    await runJob('revocation_sweep', { now: shanghai('2027-02-01') });
    for (const id of [lateFiling, decided]) expect((await fx.get(id)).status).toBe('recognized');
    expect((await fx.get(expired)).status).toBe('expired');
    const told = (await fx.notices(lateFiling)).filter((n) => n.kind === 'revocation_proposed');
    expect(recipientsOf(told)).toEqual(PROVINCE_USERS);
    expect(told[0].title).toContain('撤销建议待决定');
    expect((await fx.notices(decided)).filter((n) => n.kind === 'revocation_proposed')).toEqual([]);
    expect((await fx.notices(expired)).filter((n) => n.kind === 'revocation_proposed')).toEqual([]);

    const again = await runJob('revocation_sweep', { now: shanghai('2027-02-02') });
    expect(again.changes.filter((c) => c.subjectId === lateFiling)).toEqual([]);
    expect((await fx.notices(lateFiling)).filter((n) => n.kind === 'revocation_proposed')).toHaveLength(told.length);
  });
});

describe('idempotency and exactly-once', () => {
  it('a second run for the same moment changes nothing; a repeated scheduled fire is skipped', async () => {
    const id = await fx.cluster({ status: 'recognized', validUntil: '2026-12-31' });
    const now = shanghai('2031-01-01');
    const [a, b] = await Promise.all([runJob('expiry', { now, scheduled: true }), runJob('expiry', { now, scheduled: true })]);
    const outcomes = [a.run.outcome, b.run.outcome].sort();
    expect(outcomes).toEqual(['skipped', 'succeeded']);
    const winner = a.run.outcome === 'succeeded' ? a : b;
    expect(winner.run.runKey).toBe(`expiry:${now.toISOString()}`);
    expect(winner.changes.some((c) => c.subjectId === id)).toBe(true);

    const manual = await runJob('expiry', { now });
    expect(manual.run.changed).toBe(0);
    expect(await fx.audits(id)).toHaveLength(1);
  });

  it('the database itself refuses a second job run with the same key', async () => {
    const jobRuns = app.strapi.db.query('api::job-run.job-run');
    const data = { job: 'renewal', runKey: 'renewal:test-unique', firedAt: new Date(), outcome: 'running', dryRun: false };
    const insert = () =>
      jobRuns.create({ data: { ...data } }).then(
        () => 'inserted',
        () => 'refused',
      );
    expect(await insert()).toBe('inserted');
    expect(await insert()).toBe('refused');
  });

  it('a dry run records a dry job run and changes nothing', async () => {
    const id = await fx.cluster({ status: 'recognized', validUntil: '2026-12-31', recognizedAt: '2023-12-31' });
    await fx.ground(id, 'incident');
    const before = await fx.get(id);
    const auditCount = (await app.strapi.db.query('api::audit-event.audit-event').count({})) as number;
    const noticeCount = (await app.strapi.db.query('api::notification.notification').count({})) as number;
    for (const job of ['expiry', 'annual_report_sweep', 'revocation_sweep'] as const) {
      const { run, changes } = await runJob(job, { now: shanghai('2032-04-01'), dryRun: true });
      expect(run).toMatchObject({ dryRun: true, outcome: 'succeeded', changed: 0 });
      expect(changes.some((c) => c.subjectId === id)).toBe(true);
      expect((run.details as { wouldChange: unknown[] }).wouldChange.length).toBe(changes.length);
    }
    expect(await fx.get(id)).toEqual(before);
    expect(await app.strapi.db.query('api::audit-event.audit-event').count({})).toBe(auditCount);
    expect(await app.strapi.db.query('api::notification.notification').count({})).toBe(noticeCount);
  });
});

describe('HTTP: POST /api/jobs/:job/run, job-runs, notifications', () => {
  let province: string;
  let city: string;
  let county: string;
  let otherCounty: string;
  beforeAll(async () => {
    [province, city, county, otherCounty] = await Promise.all(
      ['province@demo.local', 'city-520300@demo.local', 'county-520382@demo.local', 'county-520115@demo.local'].map((email) => app.login(email)),
    );
  });

  it('lets the province dry-run and run a job, and refuses everyone else', async () => {
    const id = await fx.cluster({ status: 'recognized', validUntil: '2026-01-01' });
    const dry = await app.as(province).post('/api/jobs/expiry/run').send({ dryRun: true, at: '2040-01-01T02:00:00+08:00' }).expect(201);
    expect(dry.body.run).toMatchObject({ job: 'expiry', dryRun: true, changed: 0 });
    expect(dry.body.changes.some((c: { subjectId: string }) => c.subjectId === id)).toBe(true);
    expect((await fx.get(id)).status).toBe('recognized');

    const real = await app.as(province).post('/api/jobs/expiry/run').send({ dryRun: false }).expect(201);
    expect(real.body.run).toMatchObject({ job: 'expiry', dryRun: false, outcome: 'succeeded' });
    expect((await fx.get(id)).status).toBe('expired');

    await app.as(city).post('/api/jobs/expiry/run').send({ dryRun: true }).expect(403);
    await app.as(county).post('/api/jobs/expiry/run').send({ dryRun: true }).expect(403);
    await app.http.post('/api/jobs/expiry/run').send({ dryRun: true }).expect(403);
  });

  it('answers 400/422 with field messages for bad requests', async () => {
    const unknown = await app.as(province).post('/api/jobs/purge/run').send({ dryRun: true }).expect(400);
    expect(unknown.body.error.details.errors[0]).toMatchObject({ path: 'job' });
    const noFlag = await app.as(province).post('/api/jobs/expiry/run').send({}).expect(400);
    expect(noFlag.body.error.details.errors[0]).toMatchObject({ path: 'dryRun', message: { zh: '必填', en: 'Required' } });
    await app.as(province).post('/api/jobs/expiry/run').send({ dryRun: true, at: 'tomorrow' }).expect(400);
    const future = await app.as(province).post('/api/jobs/expiry/run').send({ dryRun: false, at: '2099-01-01T00:00:00+08:00' }).expect(422);
    expect(future.body.error.details.errors[0].path).toBe('at');
  });

  it('shows job runs to the province only', async () => {
    const list = await app.as(province).get('/api/console/job-runs?sort=["startedAt","DESC"]&range=[0,9]').expect(200);
    expect(list.body.length).toBeGreaterThan(0);
    expect(list.body[0]).toHaveProperty('runKey');
    await app.as(province).get(`/api/console/job-runs/${list.body[0].id}`).expect(200);
    await app.as(city).get('/api/console/job-runs').expect(403);
  });

  it('shows each notification to its recipient only, who may mark it read', async () => {
    const id = await fx.cluster({ status: 'recognized', validUntil: '2026-01-01' });
    await runJob('expiry', { now: shanghai('2041-01-01') });
    const mine = await app
      .as(county)
      .get(`/api/console/notifications?filter=${encodeURIComponent(JSON.stringify({ subjectId: id }))}`)
      .expect(200);
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({ kind: 'cluster_expired', read: false });
    const unread = async (jwt: string) => (await app.as(jwt).get('/api/notifications/unread-count').expect(200)).body.unread as number;
    const before = await unread(county);
    expect(before).toBeGreaterThanOrEqual(1);
    const theirs = await app
      .as(otherCounty)
      .get(`/api/console/notifications?filter=${encodeURIComponent(JSON.stringify({ subjectId: id }))}`)
      .expect(200);
    expect(theirs.body).toEqual([]);
    await app.as(otherCounty).get(`/api/console/notifications/${mine.body[0].id}`).expect(404);
    await app
      .as(otherCounty)
      .put(`/api/console/notifications/${mine.body[0].id}`)
      .send({ ...mine.body[0], read: true })
      .expect(404);
    await app.as(province).get(`/api/console/notifications/${mine.body[0].id}`).expect(404);

    const read = await app
      .as(county)
      .put(`/api/console/notifications/${mine.body[0].id}`)
      .send({ ...mine.body[0], read: true })
      .expect(200);
    expect(read.body.read).toBe(true);
    expect(read.body.readAt).toEqual(expect.any(String));
    // The app bar's count: one fewer once read, and nobody counts another's notices.
    expect(await unread(county)).toBe(before - 1);
    await app.http.get('/api/notifications/unread-count').expect(403);
    await app.as(county).put(`/api/console/notifications/${mine.body[0].id}`).send({ read: 'yes' }).expect(400);
    await app.as(county).post('/api/console/notifications').send({ kind: 'x', title: 'x' }).expect(403);
    await app.as(county).delete(`/api/console/notifications/${mine.body[0].id}`).expect(403);
    const cityView = await app
      .as(city)
      .get(`/api/console/notifications?filter=${encodeURIComponent(JSON.stringify({ subjectId: id }))}`)
      .expect(200);
    expect(cityView.body).toHaveLength(1);
    expect(cityView.body[0].read).toBe(false);
  });
});

describe('scheduler (node-cron)', () => {
  it('fires a job on its cron with the fire time (whole seconds) as run key, and fires no more once destroyed', async () => {
    const fs = await import('fs');
    const os = await import('os');
    const path = await import('path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-config-'));
    const real = path.resolve(__dirname, '..', 'config');
    for (const file of fs.readdirSync(real)) fs.copyFileSync(path.join(real, file), path.join(dir, file));
    const schedules = JSON.parse(fs.readFileSync(path.join(dir, 'schedules.json'), 'utf8'));
    // The revocation sweep every second; the other jobs do not fire during the test.
    schedules.schedules = {
      ...schedules.schedules,
      revocation_sweep: '* * * * * *',
      expiry: '0 0 1 1 *',
      renewal: '0 0 1 1 *',
      annual_report_sweep: '0 0 1 1 *',
    };
    fs.writeFileSync(path.join(dir, 'schedules.json'), JSON.stringify(schedules));
    const previous = { dir: process.env.APP_CONFIG_DIR, enabled: process.env.SCHEDULER_ENABLED };
    Object.assign(process.env, { APP_CONFIG_DIR: dir, SCHEDULER_ENABLED: 'true' });
    let scheduler!: typeof import('../cms/src/jobs/scheduler');
    jest.isolateModules(() => {
      scheduler = require('../cms/src/jobs/scheduler');
    });
    // Only scheduled fires, in the order they were written (PostgreSQL returns rows in no set order).
    const sweeps = () =>
      app.strapi.db.query('api::job-run.job-run').findMany({
        where: { job: 'revocation_sweep', dryRun: false, runKey: { $notContains: ':manual:' } },
        orderBy: { id: 'asc' },
      }) as Promise<Array<{ runKey: string; outcome: string }>>;
    const before = (await sweeps()).length;
    try {
      scheduler.startScheduler();
      await new Promise((resolve) => setTimeout(resolve, 2500));
    } finally {
      await scheduler.stopScheduler();
      process.env.APP_CONFIG_DIR = previous.dir;
      process.env.SCHEDULER_ENABLED = previous.enabled;
    }
    const fired = (await sweeps()).slice(before);
    expect(fired.length).toBeGreaterThanOrEqual(1);
    for (const run of fired) expect(run.runKey).toMatch(/^revocation_sweep:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await sweeps()).length).toBe(before + fired.length);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('score-sheet reminders (issue 24): before the due date and once overdue, to the sheet’s own expert', () => {
  const CRITERIA = ['leadingIndustry', 'qualitySmes', 'supplyChain', 'innovation', 'digital', 'green', 'openness', 'governance'];
  let province: string;
  let expert1: string;
  let expert2: string;
  const sheets: Record<string, string> = {};

  /** The expert's notices about a sheet, as the expert reads them in the console. */
  const noticesOf = async (jwt: string, sheet: string) =>
    (
      await app
        .as(jwt)
        .get(`/api/console/notifications?filter=${encodeURIComponent(JSON.stringify({ subjectId: sheet }))}`)
        .expect(200)
    ).body as Array<{ kind: string; title: string; body: string; subjectType: string }>;

  beforeAll(async () => {
    [province, expert1, expert2] = await Promise.all(['province@demo.local', 'expert1@demo.local', 'expert2@demo.local'].map((email) => app.login(email)));
    const expertId = async (email: string) =>
      ((await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } })) as { id: number }).id;
    const [first, second] = await Promise.all([
      seedApplication(app.strapi, { example: 'eligible', status: 'province_review', clusterName: '中小企业特色产业集群（观山湖区评审提醒甲产业）' }),
      seedApplication(app.strapi, { example: 'eligible', status: 'province_review', clusterName: '中小企业特色产业集群（观山湖区评审提醒乙产业）' }),
    ]);
    // The province assigns each sheet with its due date, as from the console.
    const assign = async (applicationId: string, email: string, dueOn: string) =>
      (
        await app
          .as(province)
          .post('/api/console/expert-reviews')
          .send({ applicationId, expertId: await expertId(email), dueOn })
          .expect(201)
      ).body.id as string;
    sheets.open = await assign(first, 'expert1@demo.local', '2031-06-10');
    sheets.otherExpert = await assign(first, 'expert2@demo.local', '2031-06-20');
    sheets.submitted = await assign(second, 'expert1@demo.local', '2031-06-10');
    sheets.conflicted = await assign(second, 'expert2@demo.local', '2031-06-10');
    await app
      .as(expert1)
      .put(`/api/console/expert-reviews/${sheets.submitted}`)
      .send({ conflictOfInterest: 'none', scores: CRITERIA.map((criterionKey) => ({ criterionKey, score: 80, comment: '依据充分' })), submit: true })
      .expect(200);
    await app.as(expert2).put(`/api/console/expert-reviews/${sheets.conflicted}`).send({ conflictOfInterest: 'conflicted' }).expect(200);
  });

  it('reminds the expert two days before the due date, once, and leaves submitted, conflicted and later sheets alone', async () => {
    await runJob('expert_review_reminder', { now: shanghai('2031-06-07', '08:00') });
    expect(await noticesOf(expert1, sheets.open)).toEqual([]);

    const { run, changes } = await runJob('expert_review_reminder', { now: shanghai('2031-06-08', '08:00'), scheduled: true });
    expect(run.outcome).toBe('succeeded');
    expect(changes.filter((c) => Object.values(sheets).includes(c.subjectId))).toEqual([
      expect.objectContaining({ subjectType: 'expert-review', subjectId: sheets.open, action: 'remind', reminder: 'due', dueOn: '2031-06-10' }),
    ]);
    const due = await noticesOf(expert1, sheets.open);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ kind: 'expert_review_due', subjectType: 'expert-review' });
    expect(due[0].title).toContain('评分表将于 2031-06-10 截止提交');
    expect(due[0].body).toContain('剩余 2 天');

    // The same fire on another instance, a manual rerun and the next day send nothing more.
    const other = await runJob('expert_review_reminder', { now: shanghai('2031-06-08', '08:00'), scheduled: true });
    expect(other.run.outcome).toBe('skipped');
    await runJob('expert_review_reminder', { now: shanghai('2031-06-08', '15:00') });
    await runJob('expert_review_reminder', { now: shanghai('2031-06-10', '08:00') });
    expect(await noticesOf(expert1, sheets.open)).toHaveLength(1);

    expect(await noticesOf(expert1, sheets.submitted)).toEqual([]);
    expect(await noticesOf(expert2, sheets.conflicted)).toEqual([]);
    expect(await noticesOf(expert2, sheets.otherExpert)).toEqual([]);
    // Only its expert is told: the other expert on the same application reads nothing of it.
    expect(await noticesOf(expert2, sheets.open)).toEqual([]);
    // A reminder changes no state: nothing on the sheet's trail.
    expect(await app.strapi.db.query('api::audit-event.audit-event').count({ where: { subjectType: 'expert-review', action: 'remind' } })).toBe(0);
  });

  it('tells the expert once more when the sheet is overdue, once', async () => {
    await runJob('expert_review_reminder', { now: shanghai('2031-06-11', '08:00') });
    await runJob('expert_review_reminder', { now: shanghai('2031-06-12', '08:00') });
    const notices = await noticesOf(expert1, sheets.open);
    expect(notices.map((n) => n.kind).sort()).toEqual(['expert_review_due', 'expert_review_overdue']);
    const overdue = notices.find((n) => n.kind === 'expert_review_overdue')!;
    expect(overdue.title).toContain('评分表已逾期未提交');
    expect(overdue.body).toContain('已逾期 1 天');
    // The other expert’s sheet is due on the 20th: nothing yet, then its own reminder two days ahead.
    expect((await noticesOf(expert2, sheets.otherExpert)).map((n) => n.kind)).toEqual([]);
    await runJob('expert_review_reminder', { now: shanghai('2031-06-18', '08:00') });
    expect((await noticesOf(expert2, sheets.otherExpert)).map((n) => n.kind)).toEqual(['expert_review_due']);
    expect(await noticesOf(expert1, sheets.otherExpert)).toEqual([]);
    expect(await noticesOf(expert1, sheets.open)).toHaveLength(2);
  });
});
