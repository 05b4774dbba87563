import fs from 'fs';
import path from 'path';
import type { Response } from 'superagent';
import type { Test } from 'supertest';
import { bootApp, type TestApp } from './helpers/strapi';
import { withFile } from './helpers/applications';
import { binary, workbook } from './helpers/binary';

/**
 * Batch runs over the whole filtered list of applications (issues 24 §5, 25 §6–7): evaluate again,
 * mark for national recommendation, export. Each answers with a stream of progress lines and a
 * summary of what each item did.
 */
jest.setTimeout(240_000);

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', 'eligible.json'), 'utf8'));
const UID = 'api::application.application';
const AUDIT = 'api::audit-event.audit-event';

let app: TestApp;
let county: string;
let city: string;
let province: string;
let expert: string;
let noticeId: string;
let fileId: number;

interface Line {
  type: 'start' | 'progress' | 'file' | 'chunk' | 'summary' | 'failed';
  total?: number;
  processed?: number;
  data?: string;
  name?: string;
  done?: number;
  counts?: Record<string, number>;
  refused?: Array<{ id: string; name: string; reason: { zh: string; en: string } }>;
}

function text(res: Response, done: (error: Error | null, body: string) => void): void {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => done(null, body));
}

/** The run's lines as the console reads them. */
async function lines(request: Test): Promise<Line[]> {
  const res = await request.set('Accept', 'application/x-ndjson').buffer(true).parse(text).expect(200);
  expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
  return (res.body as string)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
}

function summaryOf(run: Line[]): Required<Pick<Line, 'total' | 'processed' | 'done' | 'counts' | 'refused'>> {
  const last = run[run.length - 1];
  expect(last.type).toBe('summary');
  return last as never;
}

/** The progress moves on to the total, never back. */
function expectProgress(run: Line[], total: number): void {
  expect(run[0]).toEqual({ type: 'start', total });
  const processed = run.filter((line) => line.type === 'progress').map((line) => line.processed!);
  expect(processed).toEqual([...processed].sort((a, b) => a - b));
  if (total > 0) expect(processed[processed.length - 1]).toBe(total);
}

const listRows = async (jwt: string, filter: Record<string, unknown>) =>
  (
    await app
      .as(jwt)
      .get('/api/console/applications')
      .query({ filter: JSON.stringify(filter), range: '[0,499]' })
      .expect(200)
  ).body as Array<{ id: string; status: string; clusterName: string; prefectureCode: string }>;

async function createApplication(name: string): Promise<string> {
  const form = withFile(example.form, fileId) as { basic: Record<string, unknown> };
  form.basic = { ...form.basic, clusterName: name };
  return (await app.as(county).post('/api/console/applications').send({ callNoticeId: noticeId, form }).expect(201)).body.id;
}

const auditedSince = async (id: number, action: string) =>
  (await app.strapi.db.query(AUDIT).findMany({ where: { id: { $gt: id }, action }, populate: { actor: { select: ['email'] } } })) as Array<{
    subjectId: string;
    prefectureCode: string;
    actor: { email: string } | null;
  }>;
const lastAuditId = async () => ((await app.strapi.db.query(AUDIT).findOne({ select: ['id'], orderBy: { id: 'desc' } })) as { id: number }).id;

beforeAll(async () => {
  app = await bootApp();
  [county, city, province, expert] = await Promise.all(
    ['county-520115@demo.local', 'city-520100@demo.local', 'province@demo.local', 'expert1@demo.local'].map((email) => app.login(email)),
  );
  noticeId = (await app.as(province).get('/api/console/call-notices').expect(200)).body[0].id;
  fileId = (await app.strapi.db.query('plugin::upload.file').findOne({})).id;
}, 240_000);
afterAll(async () => {
  await app?.stop();
});

describe('evaluating the whole filtered list again', () => {
  it('evaluates every open application of the list, one audit event each by the caller, and keeps decided ones as they were', async () => {
    await createApplication('中小企业特色产业集群（观山湖区批量评估产业）');
    const rows = await listRows(county, {});
    const decided = rows.filter((row) => ['recognized', 'rejected'].includes(row.status));
    const since = await lastAuditId();
    const run = await lines(app.as(county).post('/api/applications/evaluations').send({ filter: {} }));
    expectProgress(run, rows.length);
    const summary = summaryOf(run);
    expect(summary.done).toBe(rows.length - decided.length);
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(summary.done);
    expect(summary.refused.map((r) => r.id).sort()).toEqual(decided.map((r) => r.id).sort());
    for (const refusal of summary.refused) expect(refusal.reason.zh).toBe('已作出决定，保留决定所依据的评估报告');
    const events = await auditedSince(since, 'evaluate');
    expect(events.map((e) => e.subjectId).sort()).toEqual(
      rows
        .filter((row) => !decided.includes(row))
        .map((row) => row.id)
        .sort(),
    );
    expect(new Set(events.map((e) => e.actor?.email))).toEqual(new Set(['county-520115@demo.local']));
  });

  it('gives each application the report the single evaluation gives: the forms read in bulk are the forms', async () => {
    const open = (await listRows(county, {})).filter((row) => !['recognized', 'rejected'].includes(row.status));
    await lines(app.as(county).post('/api/applications/evaluations').send({ filter: {} }));
    for (const row of open) {
      const bulk = (await app.as(county).get(`/api/applications/${row.id}/report`).expect(200)).body;
      expect(bulk.stale).toBe(false);
      const single = (await app.as(county).post(`/api/applications/${row.id}/evaluate`).expect(200)).body;
      const outcomes = (report: { rules: Array<{ id: string; outcome: string; value?: unknown }> }) =>
        report.rules.map(({ id, outcome, value }) => ({ id, outcome, value }));
      expect({ id: row.id, verdict: bulk.verdict, rules: outcomes(bulk.report) }).toEqual({
        id: row.id,
        verdict: single.verdict,
        rules: outcomes(single.report),
      });
    }
  });

  it("never touches another city's applications", async () => {
    const cityRows = await listRows(city, {});
    const everywhere = await listRows(province, {});
    expect(everywhere.length).toBeGreaterThan(cityRows.length);
    const since = await lastAuditId();
    const run = await lines(app.as(city).post('/api/applications/evaluations').send({ filter: {} }));
    expectProgress(run, cityRows.length);
    const events = await auditedSince(since, 'evaluate');
    expect(events.length).toBe(summaryOf(run).done);
    expect(new Set(events.map((e) => e.prefectureCode))).toEqual(new Set(['520100']));
  });

  it('follows the filter, refuses a key the list does not have (400) and a role without transitions (403), before any run', async () => {
    const drafts = await listRows(county, { status: 'draft' });
    const run = await lines(
      app
        .as(county)
        .post('/api/applications/evaluations')
        .send({ filter: { status: 'draft' } }),
    );
    expect(summaryOf(run)).toMatchObject({ total: drafts.length, done: drafts.length, refused: [] });
    const bad = await app
      .as(county)
      .post('/api/applications/evaluations')
      .send({ filter: { secret: 1 } })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('filter.secret');
    await app.as(county).post('/api/applications/evaluations').send({ filter: {}, extra: true }).expect(400);
    await app.as(expert).post('/api/applications/evaluations').send({ filter: {} }).expect(403);
  });
});

describe('marking the selection for national recommendation', () => {
  const recognized: string[] = [];
  const markEvents = () => app.strapi.db.query(AUDIT).count({ where: { action: 'markNational' } });

  beforeAll(async () => {
    // Arranged as recognized (its 公示 over): the lifecycle up to there is the workflow tests' subject.
    for (let i = 1; i <= 10; i += 1) {
      const id = await createApplication(`中小企业特色产业集群（观山湖区批量推荐${i}号产业）`);
      await app.strapi.db.query(UID).update({ where: { documentId: id }, data: { status: 'recognized' } });
      recognized.push(id);
    }
  });

  it('marks within the call quota and says why each other one was refused', async () => {
    const draft = await createApplication('中小企业特色产业集群（观山湖区未认定产业）');
    const before = await markEvents();
    const quota = (await app.as(province).get(`/api/console/call-notices/${noticeId}`).expect(200)).body.nationalQuota as number;
    const ids = [...recognized, draft];
    const run = await lines(app.as(province).post('/api/applications/national-marks').send({ action: 'markNational', ids }));
    expectProgress(run, ids.length);
    const summary = summaryOf(run);
    expect(summary.counts).toEqual({ markNational: quota });
    expect(summary.refused).toHaveLength(ids.length - quota);
    expect(summary.refused.find((r) => r.id === draft)!.reason.zh).toContain('当前状态为“草稿”');
    const overQuota = summary.refused.filter((r) => r.id !== draft);
    expect(overQuota).toHaveLength(recognized.length - quota);
    for (const refusal of overQuota) expect(refusal.reason.zh).toContain('名额已用完');
    expect(await markEvents()).toBe(before + quota);
    const marked = await app.strapi.db.query(UID).count({ where: { documentId: { $in: ids }, nationalRecommended: true } });
    expect(marked).toBe(quota);

    const again = summaryOf(await lines(app.as(province).post('/api/applications/national-marks').send({ action: 'markNational', ids: recognized })));
    expect(again.done).toBe(0);
    expect(again.refused.filter((r) => r.reason.zh.includes('已标记为拟推荐国家级'))).toHaveLength(quota);
  });

  it('withdraws over the filter with the reason given, and answers 400 without one and 403 to the city', async () => {
    await app.as(province).post('/api/applications/national-marks').send({ action: 'unmarkNational', filter: {} }).expect(400);
    await app.as(city).post('/api/applications/national-marks').send({ action: 'markNational', ids: recognized }).expect(403);
    await app.as(province).post('/api/applications/national-marks').send({ action: 'markNational', ids: [] }).expect(400);
    const summary = summaryOf(
      await lines(
        app
          .as(province)
          .post('/api/applications/national-marks')
          .send({ action: 'unmarkNational', comment: '重新择优', filter: { status: 'recognized' } }),
      ),
    );
    expect(summary.done).toBeGreaterThan(0);
    expect(await app.strapi.db.query(UID).count({ where: { nationalRecommended: true } })).toBe(0);
  });
});

describe('the streamed Excel export', () => {
  it("holds every application of the filter, more than the console's page of 10, and reports its progress to the console", async () => {
    const filter = JSON.stringify({ callYear: example.callYear });
    const listed = await listRows(province, { callYear: example.callYear });
    expect(listed.length).toBeGreaterThan(10);
    const plain = await workbook((await app.as(province).get('/api/applications/export.xlsx').query({ filter }).buffer(true).parse(binary).expect(200)).body);
    expect(plain.worksheets[0].rowCount - 1).toBe(listed.length);
    const run = await lines(app.as(province).get('/api/applications/export.xlsx').query({ filter }));
    expectProgress(run, listed.length);
    expect(run[1]).toMatchObject({ type: 'file', name: '申报汇总.xlsx' });
    expect(summaryOf(run)).toMatchObject({ done: listed.length, counts: { exported: listed.length }, refused: [] });
    const file = Buffer.concat(run.filter((line) => line.type === 'chunk').map((line) => Buffer.from(line.data!, 'base64')));
    const sheet = (await workbook(file)).worksheets[0];
    expect(sheet.rowCount - 1).toBe(listed.length);
    expect(sheet.getColumn(1).values.slice(2).sort()).toEqual(listed.map((row) => row.id).sort());
  });
});
