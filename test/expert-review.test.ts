import { bootApp, DEMO_PASSWORD, type TestApp } from './helpers/strapi';
import { seedApplication } from './e2e/helpers/seed';

// Expert review as the best grant platforms run it (issue 24): conflicts known before access,
// assignment in one step, fair scores beside each other, score changes on the trail, reopened sheets.
jest.setTimeout(240_000);

const USER = 'plugin::users-permissions.user';
const SHEET = 'api::expert-review.expert-review';
const CRITERIA = ['leadingIndustry', 'qualitySmes', 'supplyChain', 'innovation', 'digital', 'green', 'openness', 'governance'];
/** The eligible example's county, prefecture and declaring body. */
const COUNTY = '520115';
const PREFECTURE = '520100';
const DECLARANT = '贵阳市观山湖区工业和信息化局';

let app: TestApp;
let province: string;
let city: string;
let expert1: string;
let expert2: string;
let callYear: number;
const expertIds: Record<string, number> = {};

async function regionIds(codes: string[]): Promise<number[]> {
  const rows = (await app.strapi.db.query('api::region.region').findMany({ where: { code: { $in: codes } } })) as Array<{ id: number }>;
  return rows.map((row) => row.id);
}

/** An expert account as the province sets it up in /admin, with its ties. */
async function expertAccount(name: string, ties: { unit?: string; regionCodes?: string[]; organizations?: string } = {}): Promise<number> {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'expert' } });
  const user = await app.strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: name,
      email: `${name}@test.local`,
      password: DEMO_PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
      unit: ties.unit ?? `${name}所在高校`,
      expertRegions: await regionIds(ties.regionCodes ?? []),
      expertOrganizations: ties.organizations ?? '',
    });
  return user.id as number;
}

async function setTies(email: string, ties: { unit?: string; regionCodes?: string[] }): Promise<void> {
  await app.strapi.db.query(USER).update({ where: { email }, data: { unit: ties.unit ?? null, expertRegions: await regionIds(ties.regionCodes ?? []) } });
}

const sheetsOf = (applicationId: string) =>
  app.strapi.db.query(SHEET).findMany({ where: { application: { documentId: applicationId } }, populate: { expert: true } }) as Promise<
    Array<{ documentId: string; conflictOfInterest: string; submitted: boolean; conflictOverride: string | null; expert: { id: number; email: string } }>
  >;

const events = async (subjectId: string) =>
  (
    await app
      .as(province)
      .get('/api/console/audit-events')
      .query({ filter: JSON.stringify({ subjectType: 'expert-review', subjectId }), sort: '["at","ASC"]', range: '[0,99]' })
      .expect(200)
  ).body as Array<{ action: string; comment: string | null; fromState: string | null; toState: string | null; details: Record<string, unknown> }>;

const scores = (value: number, comment = '依据充分') => CRITERIA.map((criterionKey) => ({ criterionKey, score: value, comment }));

beforeAll(async () => {
  app = await bootApp();
  [province, city, expert1, expert2] = await Promise.all(
    ['province@demo.local', 'city-520100@demo.local', 'expert1@demo.local', 'expert2@demo.local'].map((email) => app.login(email)),
  );
  for (const email of ['expert1@demo.local', 'expert2@demo.local']) expertIds[email] = (await app.strapi.db.query(USER).findOne({ where: { email } })).id;
  callYear = ((await app.strapi.db.query('api::call-notice.call-notice').findOne({ orderBy: { year: 'desc' } })) as { year: number }).year;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

describe('conflicts before access', () => {
  let application: string;
  beforeAll(async () => {
    application = await seedApplication(app.strapi, {
      example: 'eligible',
      status: 'province_review',
      clusterName: '中小企业特色产业集群（观山湖区关联回避测试产业）',
    });
    // expert2 belongs to the candidate's county.
    await setTies('expert2@demo.local', { unit: '贵州省社会科学院', regionCodes: [COUNTY] });
  });
  afterAll(() => setTies('expert2@demo.local', { unit: '贵州省社会科学院', regionCodes: ['522600'] }));

  it('offers the province every expert with its ties to the application', async () => {
    const choices = (await app.as(province).get('/api/expert-reviews/choices').query({ applicationId: application }).expect(200)).body as Array<{
      email: string;
      ties: string[];
      tiesText: string;
      assigned: boolean;
    }>;
    expect(choices.find((c) => c.email === 'expert1@demo.local')).toMatchObject({ ties: [], assigned: false });
    expect(choices.find((c) => c.email === 'expert2@demo.local')).toMatchObject({
      ties: ['county'],
      tiesText: '专家与申报县（市、区）有关联',
      assigned: false,
    });
    await app.as(city).get('/api/expert-reviews/choices').query({ applicationId: application }).expect(403);
    await app.as(expert1).get('/api/expert-reviews/choices').query({ applicationId: application }).expect(403);
  });

  it('never assigns a tied expert without the province’s reason, and records the overrule when given', async () => {
    const refused = await app
      .as(province)
      .post('/api/console/expert-reviews')
      .send({ applicationId: application, expertId: expertIds['expert2@demo.local'] })
      .expect(422);
    expect(refused.body.error.details.errors[0].path).toBe('expertId');
    expect(refused.body.error.message).toContain('专家与申报县（市、区）有关联');
    expect(await sheetsOf(application)).toEqual([]);

    const overruled = await app
      .as(province)
      .post('/api/console/expert-reviews')
      .send({ applicationId: application, expertId: expertIds['expert2@demo.local'], overrideReason: '该细分领域省内仅此一位专家' })
      .expect(201);
    expect(overruled.body.conflictOverride).toBe('该细分领域省内仅此一位专家');
    const trail = await events(overruled.body.id);
    // The assignment and its overrule, written in one transaction.
    expect(trail.map((e) => e.action).sort()).toEqual(['create', 'overruleConflict']);
    expect(trail.find((e) => e.action === 'overruleConflict')).toMatchObject({ comment: '该细分领域省内仅此一位专家', details: { ties: ['county'] } });
  });

  it('keeps the form from an expert until it has declared no conflict, and from a conflicted one for good', async () => {
    const sheet1 = (
      await app.as(province).post('/api/console/expert-reviews').send({ applicationId: application, expertId: expertIds['expert1@demo.local'] }).expect(201)
    ).body.id as string;
    // The sheet names the candidate, its place and its organizations, so the expert can judge its ties.
    const opened = (await app.as(expert1).get(`/api/console/expert-reviews/${sheet1}`).expect(200)).body;
    expect(opened).toMatchObject({ conflictOfInterest: 'undeclared', countyName: '观山湖区', prefectureName: '贵阳市', declarantName: DECLARANT });
    await app.as(expert1).get(`/api/console/applications/${application}`).expect(404);
    await app.as(expert1).get(`/api/applications/${application}/report`).expect(404);
    await app.as(expert1).get(`/api/applications/${application}/form.pdf`).expect(404);
    const listed = (await app.as(expert1).get('/api/console/applications').expect(200)).body as Array<{ id: string }>;
    expect(listed.map((row) => row.id)).not.toContain(application);

    await app.as(expert1).put(`/api/console/expert-reviews/${sheet1}`).send({ conflictOfInterest: 'none' }).expect(200);
    const form = (await app.as(expert1).get(`/api/console/applications/${application}`).expect(200)).body;
    expect(form.form.basic.declarant.name).toBe(DECLARANT);

    const sheet2 = (await sheetsOf(application)).find((s) => s.expert.email === 'expert2@demo.local')!.documentId;
    await app.as(expert2).get(`/api/console/applications/${application}`).expect(404);
    await app.as(expert2).put(`/api/console/expert-reviews/${sheet2}`).send({ conflictOfInterest: 'conflicted' }).expect(200);
    await app.as(expert2).get(`/api/console/applications/${application}`).expect(404);
    await app.as(expert2).get(`/api/applications/${application}/form.pdf`).expect(404);
  });
});

describe('assignment in one step', () => {
  const names = ['甲', '乙', '丙', '丁', '戊'].map((n) => `中小企业特色产业集群（观山湖区一键指派${n}产业）`);
  let applications: string[];
  let tiedToPrefecture: number;
  let free: number[];
  beforeAll(async () => {
    applications = [];
    for (const clusterName of names) applications.push(await seedApplication(app.strapi, { example: 'eligible', status: 'province_review', clusterName }));
    // Four experts with no tie, one tied to the candidates' prefecture, one serving their declaring body.
    free = [];
    for (const name of ['pe1', 'pe2', 'pe3', 'pe4']) free.push(await expertAccount(name));
    tiedToPrefecture = await expertAccount('pe5', { regionCodes: [PREFECTURE] });
    await expertAccount('pe6', { organizations: `其他协会\n${DECLARANT}` });
  });

  it('refuses a request it cannot serve in full, says which applications, and writes nothing', async () => {
    const before = await app.strapi.db.query(SHEET).count({});
    // Four untied experts (and the demo's two) with a cap of 1 cannot give five applications two each.
    const capped = await app
      .as(province)
      .post('/api/expert-reviews/assignments')
      .send({ callYear, applicationIds: applications, perApplication: 2, cap: 2 })
      .expect(422);
    expect(capped.body.error.message).toContain('未作任何指派');
    expect(capped.body.error.details.errors.length).toBeGreaterThan(0);
    expect(capped.body.error.details.errors[0].message.zh).toMatch(
      /^“中小企业特色产业集群（观山湖区一键指派.产业）”缺\d位专家（无关联的专家共\d位，每位专家最多2份）$/,
    );
    expect(await app.strapi.db.query(SHEET).count({})).toBe(before);
    await app.as(province).post('/api/expert-reviews/assignments').send({ callYear, applicationIds: applications, perApplication: 0 }).expect(400);
    await app.as(city).post('/api/expert-reviews/assignments').send({ callYear, applicationIds: applications, perApplication: 2 }).expect(403);
    await app.as(expert1).post('/api/expert-reviews/assignments').send({ callYear, applicationIds: applications, perApplication: 2 }).expect(403);
  });

  it('gives each selected application N untied experts, loads within one of each other', async () => {
    await app
      .as(province)
      .post('/api/expert-reviews/assignments')
      .send({ callYear, applicationIds: applications, perApplication: 2, dueOn: '2026-02-30' })
      .expect(400);
    const answer = await app
      .as(province)
      .post('/api/expert-reviews/assignments')
      .send({ callYear, applicationIds: applications, perApplication: 2, dueOn: '2026-12-20' })
      .expect(200);
    expect(answer.body.assigned).toBe(10);
    const counts = new Map<number, number>();
    for (const id of applications) {
      const sheets = await sheetsOf(id);
      expect(sheets).toHaveLength(2);
      for (const sheet of sheets) {
        // Never the expert of the prefecture or of the declaring body; never one of the demo's experts tied elsewhere either way.
        expect(sheet.expert.id).not.toBe(tiedToPrefecture);
        expect(sheet.expert.email).not.toBe('pe6@test.local');
        counts.set(sheet.expert.id, (counts.get(sheet.expert.id) ?? 0) + 1);
      }
      const trail = await events(sheets[0].documentId);
      expect(trail.map((e) => e.action)).toEqual(['assignAutomatically']);
      const record = (await app.as(province).get(`/api/console/expert-reviews/${sheets[0].documentId}`).expect(200)).body;
      expect(record.dueOn).toBe('2026-12-20');
    }
    // The loads in the call, the demo's earlier sheets of expert1 and expert2 included, differ by one at most among the untied experts.
    const loads = answer.body.loads as Array<{ userId: number; load: number }>;
    const untied = loads.filter((l) => l.userId !== tiedToPrefecture && !(l as { name?: string }).name?.startsWith('pe6'));
    expect(Math.max(...untied.map((l) => l.load)) - Math.min(...untied.map((l) => l.load))).toBeLessThanOrEqual(1);
    expect(loads.find((l) => l.userId === tiedToPrefecture)!.load).toBe(0);
    for (const id of free) expect(counts.get(id) ?? 0).toBeGreaterThan(0);

    // Run again: every application has its two, nothing more is added.
    const again = await app
      .as(province)
      .post('/api/expert-reviews/assignments')
      .send({ callYear, applicationIds: applications, perApplication: 2 })
      .expect(200);
    expect(again.body.assigned).toBe(0);
  });

  it('serves the whole filtered list of the console, every page of it, and nothing outside it', async () => {
    const answer = await app
      .as(province)
      .post('/api/expert-reviews/assignments')
      .send({ callYear, perApplication: 3, filter: { q: '一键指派乙', status: 'province_review' } })
      .expect(200);
    expect(answer.body.assigned).toBe(1);
    expect(answer.body.applications.map((a: { clusterName: string }) => a.clusterName)).toEqual([names[1]]);
    expect(await sheetsOf(applications[1])).toHaveLength(3);
    expect(await sheetsOf(applications[0])).toHaveLength(2);
    // A key the list does not filter by is a 400, never an operator.
    await app
      .as(province)
      .post('/api/expert-reviews/assignments')
      .send({ callYear, perApplication: 3, filter: { expertReviews: { $null: true } } })
      .expect(400);
  });

  it('refuses a selection outside the call or its review', async () => {
    const draft = await seedApplication(app.strapi, { example: 'eligible', status: 'draft', clusterName: '中小企业特色产业集群（观山湖区草稿产业）' });
    const refused = await app
      .as(province)
      .post('/api/expert-reviews/assignments')
      .send({ callYear, applicationIds: [applications[0], draft, 'no-such-id'], perApplication: 2 })
      .expect(400);
    expect(refused.body.error.details.errors.map((e: { path: string }) => e.path).sort()).toEqual(['applicationIds.1', 'applicationIds.2']);
  });
});

describe('fair scores, abstentions and reopened sheets', () => {
  let application: string;
  let sheets: Record<string, string>;
  let expert3: string;
  beforeAll(async () => {
    application = await seedApplication(app.strapi, {
      example: 'eligible',
      status: 'province_review',
      clusterName: '中小企业特色产业集群（观山湖区公平评分测试产业）',
    });
    await expertAccount('fe3');
    expert3 = await app.login('fe3@test.local');
    sheets = {};
    for (const email of ['expert1@demo.local', 'expert2@demo.local', 'fe3@test.local']) {
      const expertId = email.startsWith('fe3') ? (await app.strapi.db.query(USER).findOne({ where: { email } })).id : expertIds[email];
      sheets[email] = (await app.as(province).post('/api/console/expert-reviews').send({ applicationId: application, expertId }).expect(201)).body.id;
    }
  });

  it('puts each changed score on the trail, before → after, until the sheet is submitted', async () => {
    const id = sheets['expert1@demo.local'];
    await app
      .as(expert1)
      .put(`/api/console/expert-reviews/${id}`)
      .send({ conflictOfInterest: 'none', scores: scores(80) })
      .expect(200);
    const changed = scores(80);
    changed[1] = { criterionKey: 'qualitySmes', score: 85, comment: '补充材料后上调' };
    await app.as(expert1).put(`/api/console/expert-reviews/${id}`).send({ scores: changed }).expect(200);
    const trail = await events(id);
    const last = trail[trail.length - 1];
    expect(last.action).toBe('update');
    expect(last.details.scoreChanges).toEqual([
      {
        criterionKey: 'qualitySmes',
        before: { criterionKey: 'qualitySmes', score: 80, comment: '依据充分' },
        after: { criterionKey: 'qualitySmes', score: 85, comment: '补充材料后上调' },
      },
    ]);
    // qualitySmes weighs 15 of 100: 80 + 0.15 × 5.
    const submitted = await app.as(expert1).put(`/api/console/expert-reviews/${id}`).send({ scores: changed, submit: true }).expect(200);
    expect(submitted.body.weightedScore).toBe(80.75);
    await app
      .as(expert1)
      .put(`/api/console/expert-reviews/${id}`)
      .send({ scores: scores(90) })
      .expect(409);
  });

  it('counts neither an abstention nor a recusal in any method', async () => {
    await app.as(expert2).put(`/api/console/expert-reviews/${sheets['expert2@demo.local']}`).send({ conflictOfInterest: 'conflicted' }).expect(200);
    // fe3 saves scores but never submits: an abstention.
    await app
      .as(expert3)
      .put(`/api/console/expert-reviews/${sheets['fe3@test.local']}`)
      .send({ conflictOfInterest: 'none', scores: scores(10) })
      .expect(200);
    const ranking = (await app.as(province).get('/api/applications/ranking').query({ callYear }).expect(200)).body;
    expect(ranking.method).toBe('weightedMean');
    const row = ranking.rows.find((r: { id: string }) => r.id === application);
    expect(row).toMatchObject({ sheets: 1, abstained: 1, recused: 1, scores: { weightedMean: 80.75, trimmedMean: 80.75 } });
    expect(row.ranks.weightedMean).toEqual(expect.any(Number));
  });

  it('ranks by the method the call chose, the others beside it', async () => {
    const notice = (
      await app
        .as(province)
        .get('/api/console/call-notices')
        .query({ filter: JSON.stringify({ year: callYear }) })
        .expect(200)
    ).body[0];
    await app
      .as(province)
      .put(`/api/console/call-notices/${notice.id}`)
      .send({ ...notice, id: undefined, updatedAt: undefined, rankingMethod: 'zScore' })
      .expect(200);
    const ranking = (await app.as(province).get('/api/applications/ranking').query({ callYear }).expect(200)).body;
    expect(ranking.method).toBe('zScore');
    const ranks = ranking.rows
      .filter((r: { ranks: { zScore: number | null } }) => r.ranks.zScore !== null)
      .map((r: { ranks: { zScore: number } }) => r.ranks.zScore);
    expect(ranks).toEqual(ranks.map((_: number, i: number) => i + 1));
    await app
      .as(province)
      .put(`/api/console/call-notices/${notice.id}`)
      .send({ ...notice, id: undefined, updatedAt: undefined, rankingMethod: 'median' })
      .expect(400);
  });

  it('reopens a submitted sheet only for the province, with its reason, on the trail', async () => {
    const id = sheets['expert1@demo.local'];
    await app.as(province).post(`/api/expert-reviews/${id}/actions`).send({ action: 'reopen' }).expect(400);
    await app.as(expert1).post(`/api/expert-reviews/${id}/actions`).send({ action: 'reopen', comment: '自行修改' }).expect(403);
    // Not submitted: nothing to reopen.
    await app.as(province).post(`/api/expert-reviews/${sheets['fe3@test.local']}/actions`).send({ action: 'reopen', comment: '复核' }).expect(409);
    const reopened = await app
      .as(province)
      .post(`/api/expert-reviews/${id}/actions`)
      .send({ action: 'reopen', comment: '评分与评语不一致，请复核' })
      .expect(200);
    expect(reopened.body).toMatchObject({ submitted: false, weightedScore: null, conflictOfInterest: 'none' });
    const trail = await events(id);
    expect(trail[trail.length - 1]).toMatchObject({ action: 'reopen', fromState: 'submitted', toState: 'scoring', comment: '评分与评语不一致，请复核' });
    // Reopened twice at once: the second finds it open already.
    await app.as(province).post(`/api/expert-reviews/${id}/actions`).send({ action: 'reopen', comment: '再次' }).expect(409);
    const resubmitted = await app
      .as(expert1)
      .put(`/api/console/expert-reviews/${id}`)
      .send({ scores: scores(78), submit: true })
      .expect(200);
    expect(resubmitted.body).toMatchObject({ submitted: true, weightedScore: 78 });
    const ranking = (await app.as(province).get('/api/applications/ranking').query({ callYear }).expect(200)).body;
    expect(ranking.rows.find((r: { id: string }) => r.id === application).scores.weightedMean).toBe(78);
  });
});
