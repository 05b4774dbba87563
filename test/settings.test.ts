import fs from 'fs';
import path from 'path';
import { bootApp, DEMO_PASSWORD, type TestApp } from './helpers/strapi';

// Each application made here attaches the demo's first file, which thousands of the demo's form
// components reference: checking that the county may attach it walks every reference, one statement
// each — seconds on PostgreSQL under CI's load (see docs/benchmarks.md, 7 December).
jest.setTimeout(180_000);

/**
 * Issue 12: the settings single type edited in /admin. A real Strapi with the scheduler running
 * (so a schedule change is re-planned in this process); a threshold change reaches the next
 * evaluation, invalid settings are refused and nothing is stored, the console reads them.
 */
const UID = 'api::setting.setting';
const CONFIG = path.join(__dirname, '..', 'config');
const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', 'eligible.json'), 'utf8'));
const defaults = {
  thresholds: JSON.parse(fs.readFileSync(path.join(CONFIG, 'thresholds.json'), 'utf8')),
  schedules: JSON.parse(fs.readFileSync(path.join(CONFIG, 'schedules.json'), 'utf8')),
  callNotice: JSON.parse(fs.readFileSync(path.join(CONFIG, 'call-notice.json'), 'utf8')),
};
/** A moment in China on a fixed day (Monday 4 May 2026). */
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

let app: TestApp;
let county: string;
let city: string;
let province: string;
let adminJwt: string;
let noticeId: string;
let fileId: number;

function withFile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item && typeof item === 'object' && typeof item.id === 'number' ? { id: fileId } : withFile(item)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFile(v)]));
  return value;
}

const stored = () =>
  app.strapi.documents(UID as never).findFirst({ populate: { thresholds: true, scoringScheme: true, schedules: true, lifecycle: true } as never }) as Promise<
    Record<string, any>
  >;
const update = async (data: Record<string, unknown>) =>
  app.strapi.documents(UID as never).update({ documentId: (await stored()).documentId, data: data as never });
const settingsAudit = () =>
  app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { subjectType: 'settings' }, orderBy: { id: 'asc' } }) as Promise<
    Array<Record<string, any>>
  >;
const planned = () =>
  (
    app.strapi.service(UID as never) as unknown as {
      plannedJobs(): Array<{ job: string; expression: string; timeZone: string; task: { id: string; match(d: Date): boolean; getStatus(): string } }>;
    }
  ).plannedJobs();
const adminPanel = {
  get: () => app.http.get(`/content-manager/single-types/${UID}`).set('Authorization', `Bearer ${adminJwt}`),
  put: (body: Record<string, unknown>) => app.http.put(`/content-manager/single-types/${UID}`).set('Authorization', `Bearer ${adminJwt}`).send(body),
};

async function evaluatedApplication(): Promise<{ id: string; report: Record<string, any> }> {
  const created = await app
    .as(county)
    .post('/api/console/applications')
    .send({ callNoticeId: noticeId, form: withFile(example.form) });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body).slice(0, 500));
  const evaluated = await app.as(county).post(`/api/applications/${created.body.id}/evaluate`).expect(200);
  return { id: created.body.id, report: evaluated.body.report };
}

beforeAll(async () => {
  app = await bootApp({ env: { SCHEDULER_ENABLED: 'true', SETTINGS_POLL_MS: '0' } });
  [county, city, province] = await Promise.all(['county-520115@demo.local', 'city-520100@demo.local', 'province@demo.local'].map((email) => app.login(email)));
  noticeId = (await app.as(province).get('/api/console/call-notices').expect(200)).body[0].id;
  fileId = (await app.strapi.db.query('plugin::upload.file').findOne({})).id;
  const login = await app.http.post('/admin/login').send({ email: 'admin@demo.local', password: DEMO_PASSWORD });
  expect(login.status).toBe(200);
  adminJwt = login.body.data.token;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

describe('seeded from config/ on first start', () => {
  it('holds every default of config/*.json as version 1, audited as the seed', async () => {
    const settings = await stored();
    expect(settings.version).toBe(1);
    for (const [key, value] of Object.entries(defaults.thresholds)) expect(Number(settings.thresholds[key])).toBe(value);
    expect(settings.schedules).toMatchObject({
      timeZone: 'Asia/Shanghai',
      expiry: defaults.schedules.schedules.expiry,
      annualReportSweep: defaults.schedules.schedules.annual_report_sweep,
      reminderLeadDays: '90, 30',
    });
    expect(settings.scoringScheme.map((c: { key: string; weight: unknown }) => [c.key, Number(c.weight)])).toEqual(
      defaults.callNotice.scoringScheme.map((c: { key: string; weight: number }) => [c.key, c.weight]),
    );
    expect(settings.lifecycle).toMatchObject({ renewalWindowOpensDaysBefore: 90, annualReportDue: '03-10', annualReportGraceDays: 0 });
    const [seed] = await settingsAudit();
    expect(seed).toMatchObject({ action: 'settings.seed', actorRole: 'system', toState: 'v1' });
  });

  it('gives a new call notice the default scoring scheme, public-notice length and quota', async () => {
    const created = await app.strapi.documents('api::call-notice.call-notice').create({
      data: { year: 2031, title: '2031年度申报通知', opensOn: '2031-03-01', closesOn: '2031-04-30', cityRecommendationDeadline: '2031-05-31' } as never,
      populate: { scoringScheme: true } as never,
    });
    const notice = created as unknown as { scoringScheme: Array<{ key: string; weight: unknown }>; publicNoticeDays: number; cityQuotaMax: number };
    expect(notice.scoringScheme.map((c) => c.key)).toEqual(defaults.callNotice.scoringScheme.map((c: { key: string }) => c.key));
    expect(notice).toMatchObject({ publicNoticeDays: defaults.callNotice.publicNoticeDays, cityQuotaMax: defaults.callNotice.cityQuotaMax });
  });
});

describe('a threshold change reaches the next evaluation', () => {
  it('through the document service: the next report uses it and names the new version, the earlier report keeps its own', async () => {
    const before = await evaluatedApplication();
    expect(before.report).toMatchObject({ verdict: 'eligible', settingsVersion: 1 });
    expect(before.report.thresholds.outputMin).toBe(20);

    // As the admin panel saves a single type: through the document service (partial: one field of the component).
    await update({ thresholds: { outputMin: 1_000_000 } });
    const settings = await stored();
    expect(settings.version).toBe(2);
    expect(Number(settings.thresholds.outputMin)).toBe(1_000_000);
    expect(Number(settings.thresholds.smeOutputShareMin)).toBe(60);

    const after = await evaluatedApplication();
    expect(after.report).toMatchObject({ verdict: 'ineligible', settingsVersion: 2 });
    expect(after.report.thresholds.outputMin).toBe(1_000_000);
    expect(after.report.rules.find((rule: { id: string }) => rule.id === 'output.min').outcome).toBe('fail');

    // The earlier report, as stored, still names version 1 and its thresholds.
    const earlier = await app.as(county).get(`/api/applications/${before.id}/report`).expect(200);
    expect(earlier.body.report).toMatchObject({ settingsVersion: 1, verdict: 'eligible' });
    expect(earlier.body.report.thresholds.outputMin).toBe(20);

    const event = (await settingsAudit()).at(-1)!;
    expect(event).toMatchObject({ action: 'settings.update', fromState: 'v1', toState: 'v2' });
    expect(event.details.changes).toEqual([{ path: 'thresholds.outputMin', from: 20, to: 1_000_000 }]);
  });

  it('through the admin panel (content manager): the audit names the administrator, old → new', async () => {
    const current = (await adminPanel.get().expect(200)).body.data;
    // The admin panel's form keys each repeatable item (__temp_key__) and sends the key along.
    const scoringScheme = current.scoringScheme.map((criterion: Record<string, unknown>, index: number) => ({ ...criterion, __temp_key__: `a${index}` }));
    const response = await adminPanel.put({ ...current, scoringScheme, thresholds: { ...current.thresholds, outputMin: 20, patentsPer10kMin: 6.5 } });
    expect(response.status).toBe(200);
    const settings = await stored();
    expect(settings.version).toBe(3);
    expect(Number(settings.thresholds.patentsPer10kMin)).toBe(6.5);

    const event = (await settingsAudit()).at(-1)!;
    expect(event).toMatchObject({ action: 'settings.update', actorRole: 'strapi_admin', fromState: 'v2', toState: 'v3' });
    expect(event.details.by).toMatchObject({ email: 'admin@demo.local' });
    expect(event.details.changes).toEqual(
      expect.arrayContaining([
        { path: 'thresholds.outputMin', from: 1_000_000, to: 20 },
        { path: 'thresholds.patentsPer10kMin', from: 7, to: 6.5 },
      ]),
    );
    expect(event.details.changes).toHaveLength(2);

    const next = await evaluatedApplication();
    expect(next.report).toMatchObject({ verdict: 'eligible', settingsVersion: 3 });
    expect(next.report.thresholds.patentsPer10kMin).toBe(6.5);
  });
});

describe('invalid settings are refused and nothing is stored', () => {
  it('an invalid cron expression, weights not summing to 100, a negative threshold: refused with a clear message', async () => {
    const snapshot = await stored();
    const auditCount = (await settingsAudit()).length;

    await expect(update({ schedules: { expiry: '61 * * * *' } })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(/cron.*61 \* \* \* \*/),
    });
    await expect(update({ schedules: { revocationSweep: 'every day' } })).rejects.toMatchObject({ name: 'ValidationError' });
    const weights = defaults.callNotice.scoringScheme.map((c: Record<string, unknown>, i: number) => ({ ...c, weight: i === 0 ? 10 : c.weight }));
    await expect(update({ scoringScheme: weights })).rejects.toMatchObject({ message: expect.stringContaining('权重之和须为100，当前为90') });
    await expect(update({ thresholds: { outputMin: -1 } })).rejects.toMatchObject({ message: expect.stringContaining('thresholds.outputMin') });
    await expect(update({ lifecycle: { annualReportDue: '02-30x' } })).rejects.toMatchObject({ name: 'ValidationError' });
    // A day that not every year has would be rolled into the next month by the date arithmetic.
    await expect(update({ lifecycle: { annualReportDue: '02-30' } })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('02-30不是每年都有的日期'),
    });
    await expect(update({ lifecycle: { annualReportDue: '04-31' } })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('04-31 is not a day of every year'),
    });
    await expect(update({ schedules: { timeZone: 'Mars/Olympus' } })).rejects.toMatchObject({ message: expect.stringContaining('Mars/Olympus') });

    // The admin panel gets a 400 with the message and the field to mark.
    const current = (await adminPanel.get().expect(200)).body.data;
    const refused = await adminPanel.put({ ...current, schedules: { ...current.schedules, renewal: '0 25 * * *' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/设置无效.*Invalid settings.*schedules\.renewal/);
    expect(refused.body.error.details.errors[0].path).toEqual(['schedules', 'renewal']);
    const unbalanced = await adminPanel.put({
      ...current,
      scoringScheme: [...current.scoringScheme, { key: 'extra', name: '附加', weight: 5, maxScore: 100 }],
    });
    expect(unbalanced.status).toBe(400);
    expect(unbalanced.body.error.message).toContain('The weights must sum to 100; they sum to 105');

    const after = await stored();
    expect(after.version).toBe(snapshot.version);
    expect(after.schedules).toEqual(snapshot.schedules);
    expect(after.thresholds).toEqual(snapshot.thresholds);
    expect(after.lifecycle).toEqual(snapshot.lifecycle);
    expect(after.scoringScheme).toEqual(snapshot.scoringScheme);
    expect((await settingsAudit()).length).toBe(auditCount);
    // The next evaluation still uses (and names) the stored version.
    expect((await evaluatedApplication()).report.settingsVersion).toBe(snapshot.version);
  });

  it('the settings cannot be deleted', async () => {
    await expect(app.strapi.documents(UID as never).delete({ documentId: (await stored()).documentId })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await stored()).toBeTruthy();
  });
});

describe('a schedule change re-plans the job in the running process', () => {
  it('destroys the old task and schedules the new cron; the other jobs keep theirs (fixed clock)', async () => {
    const initial = new Map(planned().map((p) => [p.job, p]));
    expect([...initial.keys()].sort()).toEqual(['annual_report_sweep', 'expert_review_reminder', 'expiry', 'renewal', 'revocation_sweep']);
    const oldExpiry = initial.get('expiry')!;
    expect(oldExpiry).toMatchObject({ expression: '15 1 * * *', timeZone: 'Asia/Shanghai' });
    expect(oldExpiry.task.match(shanghai('2026-05-04', '01:15'))).toBe(true);

    await update({ schedules: { expiry: '30 3 * * 1' } });

    const now = new Map(planned().map((p) => [p.job, p]));
    const expiry = now.get('expiry')!;
    expect(expiry.expression).toBe('30 3 * * 1');
    expect(expiry.task.id).not.toBe(oldExpiry.task.id);
    expect(oldExpiry.task.getStatus()).toBe('destroyed');
    // Monday 4 May 2026, 03:30 in Shanghai fires; 01:15 no longer does, nor Tuesday 03:30.
    expect(expiry.task.match(shanghai('2026-05-04', '03:30'))).toBe(true);
    expect(expiry.task.match(shanghai('2026-05-04', '01:15'))).toBe(false);
    expect(expiry.task.match(shanghai('2026-05-05', '03:30'))).toBe(false);
    for (const job of ['renewal', 'annual_report_sweep', 'revocation_sweep']) expect(now.get(job)!.task.id).toBe(initial.get(job)!.task.id);

    // A time-zone change re-plans every job.
    await update({ schedules: { timeZone: 'UTC' } });
    const utc = planned();
    expect(utc.every((p) => p.timeZone === 'UTC')).toBe(true);
    expect(utc.find((p) => p.job === 'expiry')!.task.match(new Date('2026-05-04T03:30:00Z'))).toBe(true);
    await update({ schedules: { timeZone: 'Asia/Shanghai' } });

    const event = (await settingsAudit()).find((e) => e.details.changes.some((c: { path: string }) => c.path === 'jobs.schedules.expiry'))!;
    expect(event.details.changes).toEqual([{ path: 'jobs.schedules.expiry', from: '15 1 * * *', to: '30 3 * * 1' }]);
  });
});

describe('console resource settings (read-only for staff)', () => {
  it('a city reviewer reads the current settings and their version; nobody writes them there', async () => {
    const version = (await stored()).version;
    const list = await app.as(city).get('/api/console/settings').expect(200);
    expect(list.headers['content-range']).toBe('settings 0-0/1');
    expect(list.body).toHaveLength(1);
    const one = await app.as(city).get('/api/console/settings/current').expect(200);
    expect(one.body).toMatchObject({
      id: 'current',
      version,
      thresholds: { outputMin: 20, patentsPer10kMin: 6.5 },
      jobs: { schedules: { expiry: '30 3 * * 1' }, timeZone: 'Asia/Shanghai' },
    });
    expect(one.body.callNotice.scoringScheme).toHaveLength(defaults.callNotice.scoringScheme.length);
    expect(one.body.lifecycle).toMatchObject({ annualReportDue: '03-10' });
    // The latest saves, newest first, with who made them: reviewers see what changed since their report.
    expect(one.body.history[0].version).toBe(version);
    expect(one.body.history.find((entry: { version: number }) => entry.version === 3)).toMatchObject({
      by: '系统 管理员',
      changes: expect.arrayContaining([{ path: 'thresholds.patentsPer10kMin', from: 7, to: 6.5 }]),
    });
    for (const jwt of [county, province]) await app.as(jwt).get('/api/console/settings/current').expect(200);

    for (const jwt of [city, province]) {
      const put = await app
        .as(jwt)
        .put('/api/console/settings/current')
        .send({ ...one.body, thresholds: { ...one.body.thresholds, outputMin: 1 } });
      expect([403, 404, 405]).toContain(put.status);
      const post = await app.as(jwt).post('/api/console/settings').send(one.body);
      expect([403, 404, 405]).toContain(post.status);
    }
    await app.http.get('/api/console/settings/current').expect(403);
    expect((await stored()).version).toBe(version);
    expect(Number((await stored()).thresholds.outputMin)).toBe(20);
  });
});
