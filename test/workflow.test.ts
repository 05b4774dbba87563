import fs from 'fs';
import path from 'path';
import { bootApp, type TestApp } from './helpers/strapi';
import { toCityReviewWithOpinion } from './helpers/applications';
import { addDays, addMonths, addYears, todayInShanghai } from '@sme-cluster/rules';

// A lifecycle runs forty-odd requests, each writing the full application form: 12 s on SQLite and
// 20 s on PostgreSQL here, and over 60 s on the loaded 2-core CI machine's PostgreSQL pass.
jest.setTimeout(240_000);

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', 'eligible.json'), 'utf8'));

let app: TestApp;
let county: string;
let city: string;
let province: string;
let expert1: string;
let expert2: string;
let noticeId: string;
let fileId: number;
const today = todayInShanghai();

function withFile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item && typeof item === 'object' && typeof item.id === 'number' ? { id: fileId } : withFile(item)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFile(v)]));
  return value;
}

beforeAll(async () => {
  app = await bootApp();
  [county, city, province, expert1, expert2] = await Promise.all(
    ['county-520115@demo.local', 'city-520100@demo.local', 'province@demo.local', 'expert1@demo.local', 'expert2@demo.local'].map((email) => app.login(email)),
  );
  noticeId = (await app.as(province).get('/api/console/call-notices').expect(200)).body[0].id;
  fileId = (await app.strapi.db.query('plugin::upload.file').findOne({})).id;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const transition = (jwt: string, id: string, action: string, comment = '') => app.as(jwt).post(`/api/applications/${id}/transitions`).send({ action, comment });

async function createApplication(): Promise<string> {
  const created = await app
    .as(county)
    .post('/api/console/applications')
    .send({ callNoticeId: noticeId, form: withFile(example.form) })
    .expect(201);
  return created.body.id;
}

/** County creates, evaluates and submits; the city opens its review and writes its opinion. */
async function inCityReviewWithOpinion(): Promise<string> {
  const id = await createApplication();
  await toCityReviewWithOpinion(app, { county, city }, id, fileId);
  return id;
}

async function timeline(
  id: string,
): Promise<Array<{ action: string; fromState: string | null; toState: string | null; actorRole: string; comment: string | null; reportRef: string | null }>> {
  const response = await app
    .as(province)
    .get('/api/console/audit-events')
    .query({ filter: JSON.stringify({ subjectType: 'application', subjectId: id }), sort: '["at","ASC"]', range: '[0,99]' })
    .expect(200);
  return response.body;
}

describe('evaluate endpoint (issue 4 §5)', () => {
  it('stores the rule report on the application, with its time and an audit event, and serves the latest', async () => {
    const id = await createApplication();
    const before = await app.as(county).get(`/api/applications/${id}/report`).expect(200);
    expect(before.body).toMatchObject({ report: null, stale: true });
    const evaluated = await app.as(county).post(`/api/applications/${id}/evaluate`).expect(200);
    expect(evaluated.body.verdict).toBe('eligible');
    expect(evaluated.body.report.rules.length).toBeGreaterThan(20);
    const latest = await app.as(city).get(`/api/applications/${id}/report`).expect(200);
    expect(latest.body).toMatchObject({ verdict: 'eligible', stale: false, reportAt: evaluated.body.report.evaluatedAt });
    const detail = await app.as(county).get(`/api/console/applications/${id}`).expect(200);
    expect(detail.body.verdict).toBe('eligible');
    const events = await timeline(id);
    expect(events.map((e) => e.action)).toEqual(['create', 'evaluate']);
    expect(events[1].reportRef).toBe(`${evaluated.body.report.evaluatedAt}/${evaluated.body.report.engineVersion}`);
  });

  it("is confined to the caller's region: another county gets 404, an expert 403", async () => {
    const id = await createApplication();
    const other = await app.login('county-520382@demo.local');
    await app.as(other).post(`/api/applications/${id}/evaluate`).expect(404);
    await app.as(expert1).post(`/api/applications/${id}/evaluate`).expect(403);
  });
});

// Evaluating the whole filtered list at once: test/batch-runs.test.ts.

describe('the application lifecycle through HTTP', () => {
  it('runs draft → recognized with every precondition, allowedActions and audit event', async () => {
    const id = await createApplication();
    expect((await app.as(county).get(`/api/console/applications/${id}`)).body.allowedActions).toEqual(['submit']);
    await app.as(county).post(`/api/applications/${id}/evaluate`).expect(200);
    await transition(county, id, 'submit').expect(200);
    // Submitted: the county cannot edit any more, nor submit twice.
    await transition(county, id, 'submit').expect(409);

    expect((await app.as(city).get(`/api/console/applications/${id}`)).body.allowedActions).toEqual(['startCityReview', 'return', 'reject']);
    await transition(city, id, 'startCityReview').expect(200);
    const noOpinion = await transition(city, id, 'recommend').expect(422);
    expect(noOpinion.body.error.details.errors[0].path).toBe('form.recommendation.opinion');
    // The city writes only its recommendation, and only that.
    const read = (await app.as(city).get(`/api/console/applications/${id}`).expect(200)).body;
    await app
      .as(city)
      .put(`/api/console/applications/${id}`)
      .send({ form: { basic: { areaKm2: 1 } }, version: read.version })
      .expect(400);
    await app
      .as(city)
      .put(`/api/console/applications/${id}`)
      .send({ form: { recommendation: { opinion: '同意推荐。', seal: [{ id: fileId }], date: today } }, version: read.version })
      .expect(200);
    const recommended = await transition(city, id, 'recommend', '同意推荐').expect(200);
    expect(recommended.body.status).toBe('recommended');

    await transition(province, id, 'startProvinceReview').expect(200);
    await transition(province, id, 'shortlist').expect(422); // no score sheet yet

    const experts = (await app.strapi.db
      .query('plugin::users-permissions.user')
      .findMany({ where: { email: { $in: ['expert1@demo.local', 'expert2@demo.local'] } }, orderBy: { email: 'asc' } })) as Array<{ id: number }>;
    const sheets: string[] = [];
    for (const expert of experts) {
      sheets.push((await app.as(province).post('/api/console/expert-reviews').send({ applicationId: id, expertId: expert.id }).expect(201)).body.id);
    }
    await app.as(province).post('/api/console/expert-reviews').send({ applicationId: id, expertId: experts[0].id }).expect(409);

    const scheme = (await app.strapi.documents('api::call-notice.call-notice').findOne({ documentId: noticeId, populate: { scoringScheme: true } }))!
      .scoringScheme as Array<{ key: string }>;
    const scores = (value: number) => scheme.map((c) => ({ criterionKey: c.key, score: value, comment: '依据充分' }));
    // Expert 1 sees only its own sheet, and the application once it has declared no conflict; it must declare before scoring.
    await app.as(expert1).get(`/api/console/applications/${id}`).expect(404);
    const own = await app.as(expert1).get('/api/console/expert-reviews').expect(200);
    // The expert's own sheets only (the demo's 公示 application holds one of its sheets too).
    const ownIds = own.body.map((s: { id: string }) => s.id);
    expect(ownIds).toContain(sheets[0]);
    expect(ownIds).not.toContain(sheets[1]);
    await app.as(expert1).get(`/api/console/expert-reviews/${sheets[1]}`).expect(404);
    await app
      .as(expert1)
      .put(`/api/console/expert-reviews/${sheets[0]}`)
      .send({ scores: scores(80) })
      .expect(422);
    const outOfRange = await app
      .as(expert1)
      .put(`/api/console/expert-reviews/${sheets[0]}`)
      .send({ conflictOfInterest: 'none', scores: [{ criterionKey: 'leadingIndustry', score: 101, comment: 'x' }] })
      .expect(400);
    expect(outOfRange.body.error.details.errors).toEqual([{ path: 'scores.0.score', message: { zh: '分值应在0到100之间', en: 'Must be between 0 and 100' } }]);
    // The score sheet's own check: at most two decimals (rules' scoreProblem).
    const tooPrecise = await app
      .as(expert1)
      .put(`/api/console/expert-reviews/${sheets[0]}`)
      .send({ conflictOfInterest: 'none', scores: [{ criterionKey: 'leadingIndustry', score: 80.125, comment: 'x' }] })
      .expect(400);
    expect(tooPrecise.body.error.details.errors).toEqual([{ path: 'scores.0.score', message: { zh: '分值最多保留两位小数', en: 'At most 2 decimal places' } }]);
    await app
      .as(expert1)
      .put(`/api/console/expert-reviews/${sheets[0]}`)
      .send({ conflictOfInterest: 'none', scores: scores(80), submit: true })
      .expect(200);
    await app.as(expert1).get(`/api/console/applications/${id}`).expect(200);
    await app
      .as(expert1)
      .put(`/api/console/expert-reviews/${sheets[0]}`)
      .send({ scores: scores(90), submit: true })
      .expect(409);
    const second = await app
      .as(expert2)
      .put(`/api/console/expert-reviews/${sheets[1]}`)
      .send({ conflictOfInterest: 'none', scores: scores(90), submit: true })
      .expect(200);
    expect(second.body).toMatchObject({ submitted: true, weightedScore: 90 });

    const ranking = await app.as(province).get('/api/applications/ranking').query({ callYear: new Date().getUTCFullYear() }).expect(200);
    expect(ranking.body.method).toBe('weightedMean');
    expect(ranking.body.rows[0]).toMatchObject({ id, sheets: 2, scores: { weightedMean: 85, trimmedMean: 85 }, ranks: { weightedMean: 1 } });
    await app.as(city).get('/api/applications/ranking').query({ callYear: 2026 }).expect(403);
    await app.as(expert1).get('/api/applications/ranking').query({ callYear: 2026 }).expect(403);

    await transition(province, id, 'shortlist').expect(200);
    const notice = await transition(province, id, 'openPublicNotice').expect(200);
    expect(notice.body.publicNoticeStartsOn >= today).toBe(true);
    expect(notice.body.publicNoticeEndsOn > notice.body.publicNoticeStartsOn).toBe(true);
    await transition(province, id, 'recognize').expect(422); // the notice period has not ended
    await transition(province, id, 'raiseObjection').expect(400); // an objection needs its content
    await transition(province, id, 'raiseObjection', '收到关于产值数据的异议').expect(200);
    await transition(province, id, 'shortlist').expect(200);
    await transition(province, id, 'openPublicNotice').expect(200);
    // The clock: the notice period ended yesterday.
    await app.strapi.db.query('api::application.application').update({ where: { documentId: id }, data: { publicNoticeEndsOn: addDays(today, -1) } });
    const recognized = await transition(province, id, 'recognize', '公示期满无异议').expect(200);
    expect(recognized.body.status).toBe('recognized');
    expect(recognized.body.allowedActions).toEqual(['markNational']);

    const cluster = await app.as(county).get(`/api/console/clusters/${recognized.body.clusterId}`).expect(200);
    expect(cluster.body).toMatchObject({
      name: example.form.basic.clusterName,
      leadingIndustry: '电子信息制造产业',
      status: 'recognized',
      recognizedAt: today,
      validUntil: addYears(today, 3),
      countyCode: '520115',
      prefectureCode: '520100',
      declarantName: example.form.basic.declarant.name,
      operatorName: example.form.basic.operator.name,
    });

    const events = await timeline(id);
    const transitions = events.filter((e) => e.fromState !== e.toState && e.action !== 'create' && e.action !== 'update');
    expect(transitions.map((e) => [e.action, e.actorRole, e.fromState, e.toState])).toEqual([
      ['submit', 'county_declarant', 'draft', 'submitted'],
      ['startCityReview', 'city_reviewer', 'submitted', 'city_review'],
      ['recommend', 'city_reviewer', 'city_review', 'recommended'],
      ['startProvinceReview', 'province_admin', 'recommended', 'province_review'],
      ['shortlist', 'province_admin', 'province_review', 'shortlisted'],
      ['openPublicNotice', 'province_admin', 'shortlisted', 'public_notice'],
      ['raiseObjection', 'province_admin', 'public_notice', 'province_review'],
      ['shortlist', 'province_admin', 'province_review', 'shortlisted'],
      ['openPublicNotice', 'province_admin', 'shortlisted', 'public_notice'],
      ['recognize', 'province_admin', 'public_notice', 'recognized'],
    ]);
    expect(transitions.every((e) => e.reportRef)).toBe(true);
    expect(transitions.find((e) => e.action === 'raiseObjection')?.comment).toBe('收到关于产值数据的异议');
    expect(events.some((e) => e.action === 'evaluate')).toBe(true);
    // The city sees its prefecture's timeline; another county does not.
    const cityView = await app
      .as(city)
      .get('/api/console/audit-events')
      .query({ filter: JSON.stringify({ subjectId: id }) })
      .expect(200);
    expect(cityView.body.length).toBeGreaterThanOrEqual(10);
    const stranger = await app.login('county-520382@demo.local');
    expect(
      (
        await app
          .as(stranger)
          .get('/api/console/audit-events')
          .query({ filter: JSON.stringify({ subjectId: id }) })
          .expect(200)
      ).body,
    ).toEqual([]);
  });

  it('needs a report newer than the last edit before recommending', async () => {
    const id = await createApplication();
    await transition(county, id, 'submit').expect(200);
    await transition(city, id, 'startCityReview').expect(200);
    const { version } = (await app.as(city).get(`/api/console/applications/${id}`)).body;
    await app
      .as(city)
      .put(`/api/console/applications/${id}`)
      .send({ form: { recommendation: { opinion: '同意。', seal: [{ id: fileId }], date: today } }, version })
      .expect(200);
    const refused = await transition(city, id, 'recommend').expect(422);
    expect(refused.body.error.details.errors[0].path).toBe('report');
    await app.as(city).post(`/api/applications/${id}/evaluate`).expect(200);
    await transition(city, id, 'recommend').expect(200);
  });

  it('lets exactly one of two concurrent recommendations through; the other gets 409 and nothing changes', async () => {
    const id = await inCityReviewWithOpinion();
    const before = (await timeline(id)).length;
    const results = await Promise.all([transition(city, id, 'recommend'), transition(city, id, 'recommend')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = await timeline(id);
    expect(after.length).toBe(before + 1);
    expect(after.filter((e) => e.action === 'recommend')).toHaveLength(1);
  });

  it('respects the city quota of the call notice', async () => {
    const countRecommended = () =>
      app.strapi.db.query('api::application.application').count({
        // The quota is the call's: applications of earlier calls (the demo's recognized clusters) do not count.
        where: {
          callNotice: { documentId: noticeId },
          prefecture: { code: '520100' },
          status: { $in: ['recommended', 'province_review', 'shortlisted', 'public_notice', 'recognized'] },
        },
      });
    const used = await countRecommended();
    await app.strapi.db.query('api::call-notice.call-notice').update({ where: { documentId: noticeId }, data: { cityQuotaMax: used } });
    try {
      const id = await inCityReviewWithOpinion();
      const refused = await transition(city, id, 'recommend').expect(422);
      expect(refused.body.error.message).toMatch(/名额|quota/);
      expect((await app.as(city).get(`/api/console/applications/${id}`)).body.status).toBe('city_review');
    } finally {
      await app.strapi.db.query('api::call-notice.call-notice').update({ where: { documentId: noticeId }, data: { cityQuotaMax: 5 } });
    }
  });

  it('refuses submission after the call notice closes (422, zh/en) and an incomplete form (422 with field paths)', async () => {
    const incomplete = await app
      .as(county)
      .post('/api/console/applications')
      .send({ callNoticeId: noticeId, form: { basic: (withFile(example.form) as { basic: unknown }).basic } })
      .expect(201);
    const missing = await transition(county, incomplete.body.id, 'submit').expect(422);
    expect(missing.body.error.details.errors.length).toBeGreaterThan(10);
    expect(missing.body.error.details.errors[0].path).toMatch(/^form\./);

    const id = await createApplication();
    const notices = app.strapi.db.query('api::call-notice.call-notice');
    const original = await notices.findOne({ where: { documentId: noticeId } });
    await notices.update({ where: { documentId: noticeId }, data: { closesOn: addDays(today, -1) } });
    try {
      const late = await transition(county, id, 'submit').expect(422);
      expect(late.body.error.message).toContain('截止');
      expect(late.body.error.message).toMatch(/closed/);
      expect((await app.as(county).get(`/api/console/applications/${id}`)).body.status).toBe('draft');
    } finally {
      await notices.update({ where: { documentId: noticeId }, data: { closesOn: original.closesOn } });
    }
  });

  it('a return reaches the county with its reason; the notice opens the application', async () => {
    const id = await createApplication();
    await transition(county, id, 'submit').expect(200);
    await transition(city, id, 'return', '请补充主导产业产值的统计部门证明。').expect(200);
    const notices = (await app.strapi.db
      .query('api::notification.notification')
      .findMany({ where: { subjectId: id }, populate: { recipient: true } })) as Array<{
      kind: string;
      body: string;
      subjectType: string;
      recipient: { email: string };
    }>;
    expect(notices.map((n) => [n.kind, n.recipient.email, n.subjectType])).toEqual([['application_returned', 'county-520115@demo.local', 'application']]);
    expect(notices[0].body).toContain('请补充主导产业产值的统计部门证明。');
  });

  it('checks role and state: a county cannot recommend, a city cannot recognize, a stale version is 409', async () => {
    const id = await createApplication();
    await transition(county, id, 'recommend').expect(403);
    await transition(city, id, 'recognize').expect(403);
    await app.as(county).post(`/api/applications/${id}/transitions`).send({ action: 'submit', version: 99 }).expect(409);
    await app.as(county).post(`/api/applications/${id}/transitions`).send({ action: 'fly' }).expect(400);
    expect((await app.as(county).get(`/api/console/applications/${id}`)).body.status).toBe('draft');
  });
});

describe('cluster actions and change filings', () => {
  const clusterOf = async (name: string) =>
    (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: { $contains: name } } })) as { documentId: string; validUntil: string };
  const act = (jwt: string, id: string, body: Record<string, unknown>) => app.as(jwt).post(`/api/clusters/${id}/actions`).send(body);

  it('renews within the re-review window through the city: request (county) → forward with an opinion (city) → approve (province), and revokes with an Art. 20 ground', async () => {
    const cluster = await clusterOf('观山湖区');
    await app.strapi.db
      .query('api::cluster.cluster')
      .update({ where: { documentId: cluster.documentId }, data: { validUntil: addDays(today, 91), status: 'recognized' } });
    await act(county, cluster.documentId, { action: 'requestRenewal' }).expect(422); // window opens 90 days before
    const validUntil = addDays(today, 90);
    await app.strapi.db.query('api::cluster.cluster').update({ where: { documentId: cluster.documentId }, data: { validUntil } });
    expect((await app.as(county).get(`/api/console/clusters/${cluster.documentId}`)).body.allowedActions).toEqual(['requestRenewal']);
    const pending = await act(county, cluster.documentId, { action: 'requestRenewal', comment: '申请复核' }).expect(200);
    expect(pending.body.status).toBe('renewal_pending');
    expect(pending.body.renewals).toEqual([expect.objectContaining({ requestedOn: today, outcome: 'pending', previousValidUntil: validUntil })]);
    // The re-review data: the three years before this year, each from the latest annual report that holds it, and the rules on it.
    const { data } = pending.body.renewals[0];
    const thisYear = Number(today.slice(0, 4));
    const lastReport = (
      await app
        .as(county)
        .get('/api/console/annual-reports')
        .query({ filter: JSON.stringify({ clusterId: cluster.documentId }), sort: JSON.stringify(['year', 'DESC']) })
    ).body
      .map((report: { id: string; year: number }) => report)
      .find((report: { year: number }) => report.year < thisYear);
    const reported = (await app.as(county).get(`/api/console/annual-reports/${lastReport.id}`).expect(200)).body.metrics.leadingIndustry.years;
    const rows = data.form.leadingIndustry.years as Array<{ year: number; totalOutput?: number }>;
    expect(rows.map((row) => row.year)).toEqual([thisYear - 3, thisYear - 2, thisYear - 1]);
    expect(rows[2].totalOutput).toBe(lastReport.year === thisYear - 1 ? reported[2].totalOutput : undefined);
    expect(data.prefilled.filled).toBeGreaterThan(0);
    expect(data.prefilled.filled).toBeLessThanOrEqual(data.prefilled.total);
    expect(data.report).toMatchObject({ callYear: thisYear, settingsVersion: expect.any(Number) });
    expect(data.report.rules.length).toBeGreaterThan(10);

    // Until its city acts, the county corrects and completes the pre-filled data; the rules read it again.
    expect((await app.as(county).get(`/api/console/clusters/${cluster.documentId}`)).body.allowedActions).toEqual(['amendRenewal']);
    await act(county, cluster.documentId, { action: 'amendRenewal' }).expect(400);
    const refused = await act(county, cluster.documentId, {
      action: 'amendRenewal',
      form: { basic: { ...data.form.basic, clusterName: 123 }, recommendation: { opinion: '同意' } },
    }).expect(400);
    expect(refused.body.error.details.errors.map((e: { path: string }) => e.path).sort()).toEqual(['form.basic.clusterName', 'form.recommendation']);
    expect((await app.as(county).get(`/api/console/clusters/${cluster.documentId}`)).body.renewals[0].data).toEqual(data);
    await act(city, cluster.documentId, { action: 'amendRenewal', form: {} }).expect(403);
    const corrected = rows.map((row, index) => (index === 2 ? { ...row, totalOutput: 61.25 } : row));
    const amended = await act(county, cluster.documentId, {
      action: 'amendRenewal',
      version: pending.body.version,
      form: { leadingIndustry: { ...data.form.leadingIndustry, years: corrected } },
    }).expect(200);
    const amendedData = amended.body.renewals[0].data;
    expect(amendedData.form.leadingIndustry.years[2]).toMatchObject({ year: thisYear - 1, totalOutput: 61.25 });
    expect(amendedData.form.basic).toEqual(data.form.basic);
    expect(amendedData.prefilled).toEqual(data.prefilled);
    expect(amendedData.report.evaluatedAt >= data.report.evaluatedAt).toBe(true);
    expect(amended.body.renewals[0]).toMatchObject({ outcome: 'pending', requestedOn: today });
    // The cover names the cluster's own county, and the audit the sections that changed.
    expect(amendedData.form.cover.region).toEqual({ city: '520100', county: '520115' });
    const amendment = await app
      .as(county)
      .get('/api/console/audit-events')
      .query({ filter: JSON.stringify({ subjectType: 'cluster', subjectId: cluster.documentId, action: 'amendRenewal' }) })
      .expect(200);
    expect(amendment.body.map((event: { details: unknown }) => event.details)).toEqual([{ sections: ['leadingIndustry'] }]);
    // A screen still showing the version before the correction is stale.
    await act(county, cluster.documentId, { action: 'amendRenewal', version: pending.body.version, form: {} }).expect(409);

    await act(county, cluster.documentId, { action: 'approveRenewal' }).expect(403);
    await act(city, cluster.documentId, { action: 'approveRenewal' }).expect(403);
    // The province decides only what the city forwarded (Art. 17: the request goes through the 市州).
    expect((await app.as(province).get(`/api/console/clusters/${cluster.documentId}`)).body.allowedActions).toEqual(['revoke']);
    await act(province, cluster.documentId, { action: 'approveRenewal' }).expect(409);
    expect((await app.as(city).get(`/api/console/clusters/${cluster.documentId}`)).body.allowedActions).toEqual(['forwardRenewal', 'returnRenewal']);
    await act(city, cluster.documentId, { action: 'forwardRenewal' }).expect(400); // the city's opinion goes with it
    const forwarded = await act(city, cluster.documentId, { action: 'forwardRenewal', comment: '经审核，集群发展良好，同意复核' }).expect(200);
    expect(forwarded.body.status).toBe('renewal_pending');
    expect(forwarded.body.renewals[0]).toMatchObject({ outcome: 'forwarded', forwardedOn: today, cityOpinion: '经审核，集群发展良好，同意复核' });
    expect(forwarded.body.allowedActions).toEqual([]);
    await act(city, cluster.documentId, { action: 'forwardRenewal', comment: '再次转报' }).expect(409);
    // Once forwarded, the data is what the city vouched for.
    await act(county, cluster.documentId, { action: 'amendRenewal', form: {} }).expect(409);
    expect((await app.as(province).get(`/api/console/clusters/${cluster.documentId}`)).body.allowedActions).toEqual([
      'approveRenewal',
      'denyRenewal',
      'revoke',
    ]);
    const approved = await act(province, cluster.documentId, { action: 'approveRenewal' }).expect(200);
    expect(approved.body.status).toBe('recognized');
    expect(approved.body.validUntil).toBe(validUntil); // effective only at the old validUntil (renewal job)
    expect(approved.body.renewals[0]).toMatchObject({
      outcome: 'approved',
      decidedOn: today,
      newValidUntil: addYears(validUntil, 3),
      effective: false,
      cityOpinion: '经审核，集群发展良好，同意复核',
    });
    // What the county's request carried, as it corrected it, reaches the province unchanged.
    expect(approved.body.renewals[0].data).toEqual(amendedData);
    await act(county, cluster.documentId, { action: 'amendRenewal', form: {} }).expect(409);
    await act(province, cluster.documentId, { action: 'approveRenewal' }).expect(409);

    await act(province, cluster.documentId, { action: 'revoke', comment: '虚假申报' }).expect(400);
    const revoked = await act(province, cluster.documentId, { action: 'revoke', ground: 'false_declaration', comment: '核查发现虚假申报' }).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revocationGround: 'false_declaration', revokedAt: today });
    const events = await app
      .as(province)
      .get('/api/console/audit-events')
      .query({ filter: JSON.stringify({ subjectType: 'cluster', subjectId: cluster.documentId }) })
      .expect(200);
    expect(events.body.map((e: { action: string }) => e.action).sort()).toEqual([
      'amendRenewal',
      'approveRenewal',
      'forwardRenewal',
      'requestRenewal',
      'revoke',
    ]);
  });

  it('a city returns a re-review request with its reason: the cluster is recognized again and the county may ask anew inside the window', async () => {
    const cluster = await clusterOf('观山湖区');
    const validUntil = addDays(today, 30);
    await app.strapi.db
      .query('api::cluster.cluster')
      .update({ where: { documentId: cluster.documentId }, data: { validUntil, status: 'recognized', revocationGround: null, revokedAt: null } });
    await act(county, cluster.documentId, { action: 'requestRenewal', comment: '申请复核' }).expect(200);
    await act(city, cluster.documentId, { action: 'returnRenewal' }).expect(400);
    const returned = await act(city, cluster.documentId, { action: 'returnRenewal', comment: '请补充近三年年度发展情况' }).expect(200);
    expect(returned.body.status).toBe('recognized');
    expect(returned.body.renewals.at(-1)).toMatchObject({ outcome: 'returned', decidedOn: today, comment: '请补充近三年年度发展情况' });
    await act(province, cluster.documentId, { action: 'denyRenewal', comment: '不通过' }).expect(409);
    expect((await app.as(county).get(`/api/console/clusters/${cluster.documentId}`)).body.allowedActions).toEqual(['requestRenewal']);
    const again = await act(county, cluster.documentId, { action: 'requestRenewal', comment: '已补充材料' }).expect(200);
    expect(again.body.renewals.at(-1)).toMatchObject({ outcome: 'pending', requestedOn: today });
    // Another prefecture's city cannot reach it.
    const zunyi = await app.login('city-520300@demo.local');
    await act(zunyi, cluster.documentId, { action: 'forwardRenewal', comment: '同意' }).expect(404);
  });

  it('keeps other regions out of cluster actions (404)', async () => {
    const other = await clusterOf('仁怀市');
    await act(county, other.documentId, { action: 'requestRenewal' }).expect(404);
  });

  it('marks a change filed more than one calendar month late and records the change_not_filed ground; exactly one month is on time', async () => {
    const cluster = await clusterOf('仁怀市');
    const renhuai = await app.login('county-520382@demo.local');
    const body = { clusterId: cluster.documentId, kind: 'operator', before: '甲管委会', after: '乙管委会' };
    const onTime = await app
      .as(renhuai)
      .post('/api/console/change-filings')
      .send({ ...body, changedOn: addMonths(today, -1) })
      .expect(201);
    expect(onTime.body.late).toBe(false);
    const late = await app
      .as(renhuai)
      .post('/api/console/change-filings')
      .send({ ...body, changedOn: addDays(addMonths(today, -1), -1) })
      .expect(201);
    expect(late.body).toMatchObject({ late: true, filedOn: today, status: 'filed' });
    const grounds = await app.strapi.db
      .query('api::revocation-ground.revocation-ground')
      .findMany({ where: { sourceId: { $in: [onTime.body.id, late.body.id] } }, populate: { cluster: true } });
    expect(grounds).toEqual([expect.objectContaining({ ground: 'change_not_filed', source: 'change_filing', sourceId: late.body.id, status: 'proposed' })]);
    expect(grounds[0].cluster.documentId).toBe(cluster.documentId);
    // Another county cannot file for this cluster; the city forwards it.
    await app
      .as(county)
      .post('/api/console/change-filings')
      .send({ ...body, changedOn: today })
      .expect(400);
    const zunyi = await app.login('city-520300@demo.local');
    await app.as(city).put(`/api/console/change-filings/${late.body.id}`).send({ status: 'forwarded' }).expect(404);
    const forwarded = await app.as(zunyi).put(`/api/console/change-filings/${late.body.id}`).send({ status: 'forwarded' }).expect(200);
    expect(forwarded.body.status).toBe('forwarded');
    await app.as(zunyi).put(`/api/console/change-filings/${late.body.id}`).send({ status: 'forwarded' }).expect(409);
  });

  it("refuses filings on a cluster not in effect, and an acknowledged filing becomes the cluster's own, audited", async () => {
    const renhuai = await app.login('county-520382@demo.local');
    const zunyi = await app.login('city-520300@demo.local');
    const cluster = (await app.strapi.db
      .query('api::cluster.cluster')
      .findOne({ where: { county: { code: '520382' }, status: { $in: ['recognized', 'renewal_pending'] } } })) as {
      id: number;
      documentId: string;
      operatorName: string;
      version: number;
      areaKm2: number | null;
    };
    const body = { clusterId: cluster.documentId, changedOn: today };
    // A new area only with a change of spatial scope.
    await app
      .as(renhuai)
      .post('/api/console/change-filings')
      .send({ ...body, kind: 'operator', before: '甲', after: '乙', areaKm2: 12 })
      .expect(400);

    const operator = await app
      .as(renhuai)
      .post('/api/console/change-filings')
      .send({ ...body, kind: 'operator', before: cluster.operatorName ?? '原运营机构', after: '仁怀市酱香酒产业集群发展服务中心' })
      .expect(201);
    const scope = await app
      .as(renhuai)
      .post('/api/console/change-filings')
      .send({ ...body, kind: 'spatial_scope', before: '规划面积42.3平方公里', after: '规划面积48.6平方公里', areaKm2: 48.6 })
      .expect(201);
    for (const filing of [operator.body, scope.body])
      await app.as(zunyi).put(`/api/console/change-filings/${filing.id}`).send({ status: 'forwarded' }).expect(200);
    // Forwarded is not yet acknowledged: the cluster is unchanged.
    expect((await app.strapi.db.query('api::cluster.cluster').findOne({ where: { id: cluster.id } })).operatorName).toBe(cluster.operatorName);
    for (const filing of [operator.body, scope.body])
      await app.as(province).put(`/api/console/change-filings/${filing.id}`).send({ status: 'acknowledged' }).expect(200);
    const changed = (await app.as(province).get(`/api/console/clusters/${cluster.documentId}`).expect(200)).body;
    expect(changed).toMatchObject({ operatorName: '仁怀市酱香酒产业集群发展服务中心', areaKm2: 48.6, version: cluster.version + 2 });
    const events = (
      await app
        .as(province)
        .get('/api/console/audit-events')
        .query({ filter: JSON.stringify({ subjectType: 'cluster', subjectId: cluster.documentId }) })
        .expect(200)
    ).body as Array<{ action: string; details: { changeFiling: string; after: Record<string, unknown> } }>;
    const applied = events.filter((event) => event.action === 'applyChange');
    expect(applied.map((event) => event.details.changeFiling).sort()).toEqual([operator.body.id, scope.body.id].sort());

    // Once revoked, the cluster takes no more filings.
    await app.strapi.db.query('api::cluster.cluster').update({ where: { id: cluster.id }, data: { status: 'revoked' } });
    await app
      .as(renhuai)
      .post('/api/console/change-filings')
      .send({ ...body, kind: 'other', before: '甲', after: '乙' })
      .expect(400);
    await app.strapi.db.query('api::cluster.cluster').update({ where: { id: cluster.id }, data: { status: 'recognized' } });
  });
});

describe('revocation proposals (Art. 20): nothing is revoked without the province', () => {
  const proposalOn = async (countyCode: string, ground: string) => {
    // Earlier tests leave the county's cluster in whatever state their steps ended in: a proposal is about a cluster in effect.
    const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { county: { code: countyCode } } })) as {
      documentId: string;
    };
    await app.strapi.db
      .query('api::cluster.cluster')
      .update({ where: { documentId: cluster.documentId }, data: { status: 'recognized', revocationGround: null, revokedAt: null } });
    const proposal = await app.strapi.documents('api::revocation-ground.revocation-ground').create({
      data: {
        cluster: cluster.documentId,
        ground,
        source: 'annual_report',
        sourceId: '2025',
        note: '2025年度发展情况未按时报送',
        recordedAt: new Date().toISOString(),
        status: 'proposed',
      } as never,
    });
    return { cluster: cluster.documentId, proposal: proposal.documentId };
  };
  const decide = (jwt: string, body: Record<string, unknown>) => app.as(jwt).post('/api/revocation-grounds/decisions').send(body);

  it('the province confirms one: the cluster is revoked with that ground, audited, and its county and city are told; a second decision is refused', async () => {
    const { cluster, proposal } = await proposalOn('520382', 'annual_report_missing');
    const zunyi = await app.login('city-520300@demo.local');
    // The city and the county read it in their region; only the province decides.
    expect((await app.as(zunyi).get(`/api/console/revocation-grounds/${proposal}`).expect(200)).body).toMatchObject({ status: 'proposed', allowedActions: [] });
    await decide(zunyi, { ids: [proposal], decision: 'confirm', comment: '同意' }).expect(403);
    await app.as(city).get(`/api/console/revocation-grounds/${proposal}`).expect(404);
    expect((await app.as(province).get(`/api/console/revocation-grounds/${proposal}`).expect(200)).body.allowedActions).toEqual(['confirm', 'dismiss']);
    await decide(province, { ids: [proposal], decision: 'confirm' }).expect(400);

    const answer = await decide(province, { ids: [proposal], decision: 'confirm', comment: '经核实，2025年度发展情况未按时报送' }).expect(200);
    expect(answer.body.results).toEqual([{ id: proposal, outcome: 'done', status: 'confirmed' }]);
    const revoked = (await app.as(province).get(`/api/console/clusters/${cluster}`).expect(200)).body;
    expect(revoked).toMatchObject({ status: 'revoked', revocationGround: 'annual_report_missing', revokedAt: today });
    expect((await app.as(province).get(`/api/console/revocation-grounds/${proposal}`).expect(200)).body).toMatchObject({
      status: 'confirmed',
      decisionComment: '经核实，2025年度发展情况未按时报送',
      allowedActions: [],
    });
    const events = (
      await app
        .as(province)
        .get('/api/console/audit-events')
        .query({ filter: JSON.stringify({ subjectType: 'cluster', subjectId: cluster }) })
        .expect(200)
    ).body;
    expect(events[0]).toMatchObject({ action: 'revoke', toState: 'revoked' });
    const notices = (await app.strapi.db
      .query('api::notification.notification')
      .findMany({ where: { subjectId: cluster, kind: 'cluster_revoked' }, populate: { recipient: true } })) as Array<{
      recipient: { email: string };
    }>;
    expect(notices.map((n) => n.recipient.email).sort()).toEqual(['city-520300@demo.local', 'county-520382@demo.local']);

    const twice = await decide(province, { ids: [proposal], decision: 'dismiss', comment: '再议' }).expect(200);
    expect(twice.body.results).toEqual([expect.objectContaining({ id: proposal, outcome: 'refused', code: 409 })]);
    await app.strapi.db
      .query('api::cluster.cluster')
      .update({ where: { documentId: cluster }, data: { status: 'recognized', revocationGround: null, revokedAt: null } });
  });

  it('several at once: each is decided on its own, and the answer says what each did', async () => {
    const first = await proposalOn('520115', 'no_longer_meets_criteria');
    const second = await proposalOn('520382', 'change_not_filed');
    const answer = await decide(province, {
      ids: [first.proposal, second.proposal, 'no-such-proposal'],
      decision: 'dismiss',
      comment: '经核查，情况已整改',
    }).expect(200);
    expect(answer.body.results).toEqual([
      { id: first.proposal, outcome: 'done', status: 'dismissed' },
      { id: second.proposal, outcome: 'done', status: 'dismissed' },
      expect.objectContaining({ id: 'no-such-proposal', outcome: 'refused', code: 404 }),
    ]);
    for (const { cluster } of [first, second])
      expect((await app.as(province).get(`/api/console/clusters/${cluster}`).expect(200)).body.status).toBe('recognized');
    const dismissed = await app
      .as(province)
      .get('/api/console/revocation-grounds')
      .query({ filter: JSON.stringify({ status: 'dismissed' }) })
      .expect(200);
    expect(dismissed.body.map((row: { id: string }) => row.id)).toEqual(expect.arrayContaining([first.proposal, second.proposal]));
    await decide(province, { ids: [], decision: 'dismiss', comment: 'x' }).expect(400);
    await decide(province, { ids: [first.proposal], decision: 'revokeAll', comment: 'x' }).expect(400);
  });
});

describe('audit events are append-only', () => {
  it('refuses PUT and DELETE on /api/audit-events/:id and /api/console/audit-events/:id, even for province_admin', async () => {
    const [event] = (await app.as(province).get('/api/console/audit-events').expect(200)).body;
    const row = await app.strapi.db.query('api::audit-event.audit-event').findOne({ where: { documentId: event.id } });
    for (const url of [`/api/audit-events/${event.id}`, `/api/console/audit-events/${event.id}`, `/api/audit-events/${row.id}`]) {
      for (const method of ['put', 'delete'] as const) {
        const asProvince = app.as(province);
        const response = await asProvince[method](url).send({ data: { comment: 'rewritten' }, comment: 'rewritten' });
        expect([403, 404, 405]).toContain(response.status);
      }
    }
    await app
      .as(province)
      .post('/api/console/audit-events')
      .send({ action: 'forged' })
      .expect((r) => expect([403, 404, 405]).toContain(r.status));
    const after = await app.strapi.db.query('api::audit-event.audit-event').findOne({ where: { documentId: event.id } });
    expect(after).toEqual(row);
  });
});
