import { todayInShanghai } from '@sme-cluster/rules';
import { bootApp, type TestApp } from './helpers/strapi';

// The cultivation pool (培育库, Art. 7) over HTTP: a county proposes, its city confirms or returns, the
// province admits (the cluster is then cultivating) or declines; a call opened tells the pool's counties,
// and an application started from the pool is pre-filled and declares that cluster.

const today = todayInShanghai();
const thisYear = Number(today.slice(0, 4));

let app: TestApp;
let county: string;
let otherCounty: string;
let city: string;
let otherCity: string;
let province: string;
let expert: string;

const CANDIDATE = {
  name: '中小企业特色产业集群（西秀区屯堡文旅产业）',
  leadingIndustry: '屯堡文旅',
  industryType: '第三产业',
  declarantName: '安顺市西秀区工业和信息化局',
  operatorName: '西秀区文旅投资有限公司',
  areaKm2: 12.5,
  figuresYear: thisYear - 1,
  totalOutput: 21.35,
  firmCount: 88,
  smeCount: 85,
  notes: '已编制集群培育方案，组建运营管理机构，主导产业年均增长超过10%。',
};

const propose = (jwt: string, body: Record<string, unknown>) => app.as(jwt).post('/api/console/pool-candidates').send(body);
const act = (jwt: string, id: string, body: Record<string, unknown>) => app.as(jwt).post(`/api/pool-candidates/${id}/actions`).send(body);
const read = async (jwt: string, id: string) => (await app.as(jwt).get(`/api/console/pool-candidates/${id}`).expect(200)).body;
const count = () => app.strapi.db.query('api::pool-candidate.pool-candidate').count({});
const noticesOf = async (email: string, kind: string) =>
  (await app.strapi.db.query('api::notification.notification').findMany({ where: { kind, recipient: { email } } })) as Array<{
    subjectType: string;
    subjectId: string;
    body: string;
  }>;

beforeAll(async () => {
  app = await bootApp();
  county = await app.login('county-520402@demo.local');
  otherCounty = await app.login('county-520115@demo.local');
  city = await app.login('city-520400@demo.local');
  otherCity = await app.login('city-520100@demo.local');
  province = await app.login('province@demo.local');
  expert = await app.login('expert1@demo.local');
});

afterAll(async () => {
  await app?.stop();
});

describe('proposing a candidate', () => {
  it('refuses bad figures with a message per field in both languages, and writes nothing', async () => {
    const before = await count();
    const refused = await propose(county, { ...CANDIDATE, figuresYear: thisYear, totalOutput: 1.234, smeCount: 99, name: '' }).expect(400);
    const errors: Array<{ path: string; message: { zh: string; en: string } }> = refused.body.error.details.errors;
    expect(errors.map((error) => error.path).sort()).toEqual(['figuresYear', 'name', 'smeCount', 'totalOutput']);
    for (const error of errors) expect(error.message).toEqual({ zh: expect.any(String), en: expect.any(String) });
    expect(await count()).toBe(before);
  });

  it('is a county’s: the city, the province and an expert cannot propose', async () => {
    await propose(city, CANDIDATE).expect(403);
    await propose(province, CANDIDATE).expect(403);
    await propose(expert, CANDIDATE).expect(403);
    await app.as(expert).get('/api/console/pool-candidates').expect(403);
  });
});

describe('the way into the pool', () => {
  it('county proposes in its own county; its city confirms with an opinion; the province admits: the cluster is cultivating, audited, and county and city are told', async () => {
    const created = await propose(county, CANDIDATE).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ status: 'awaiting_city', countyCode: '520402', prefectureCode: '520400', proposedOn: today, clusterId: null });

    // Nobody outside the county and its city reads it.
    await app.as(otherCounty).get(`/api/console/pool-candidates/${id}`).expect(404);
    await app.as(otherCity).get(`/api/console/pool-candidates/${id}`).expect(404);
    await act(otherCity, id, { action: 'endorseCandidate' }).expect(404);
    const listed = (await app.as(otherCounty).get('/api/console/pool-candidates').expect(200)).body as Array<{ id: string }>;
    expect(listed.map((row) => row.id)).not.toContain(id);

    // Until its city confirms, the county corrects it; the province decides only what the city confirmed.
    const corrected = await app
      .as(county)
      .put(`/api/console/pool-candidates/${id}`)
      .send({ ...CANDIDATE, firmCount: 90, version: created.body.version })
      .expect(200);
    expect(corrected.body.firmCount).toBe(90);
    await app
      .as(county)
      .put(`/api/console/pool-candidates/${id}`)
      .send({ ...CANDIDATE, version: created.body.version })
      .expect(409);
    await act(province, id, { action: 'admitCandidate' }).expect(409);
    await act(county, id, { action: 'endorseCandidate' }).expect(403);
    expect((await read(city, id)).allowedActions).toEqual(['endorseCandidate', 'returnCandidate']);

    const endorsed = await act(city, id, { action: 'endorseCandidate', comment: '该集群特色鲜明，同意推荐入库。', version: corrected.body.version }).expect(
      200,
    );
    expect(endorsed.body).toMatchObject({ status: 'awaiting_province', cityOpinion: '该集群特色鲜明，同意推荐入库。' });
    await app
      .as(county)
      .put(`/api/console/pool-candidates/${id}`)
      .send({ ...CANDIDATE, version: endorsed.body.version })
      .expect(409);
    expect((await read(province, id)).allowedActions).toEqual(['admitCandidate', 'declineCandidate']);

    const admitted = await act(province, id, { action: 'admitCandidate' }).expect(200);
    expect(admitted.body).toMatchObject({ status: 'admitted', decidedOn: today, clusterId: expect.any(String) });
    await act(province, id, { action: 'admitCandidate' }).expect(409);

    const cluster = (await app.as(county).get(`/api/console/clusters/${admitted.body.clusterId}`).expect(200)).body;
    expect(cluster).toMatchObject({
      name: CANDIDATE.name,
      leadingIndustry: '屯堡文旅',
      industryType: '第三产业',
      status: 'cultivating',
      countyCode: '520402',
      prefectureCode: '520400',
      operatorName: CANDIDATE.operatorName,
      areaKm2: 12.5,
      recognizedAt: null,
    });
    const events = (
      await app
        .as(province)
        .get('/api/console/audit-events')
        .query({ filter: JSON.stringify({ subjectId: [id, admitted.body.clusterId] }), sort: JSON.stringify(['at', 'ASC']) })
        .expect(200)
    ).body as Array<{ action: string; subjectType: string; toState: string | null }>;
    expect(events.map((event) => [event.subjectType, event.action, event.toState])).toEqual([
      ['pool-candidate', 'create', null],
      ['pool-candidate', 'update', null],
      ['pool-candidate', 'endorseCandidate', 'awaiting_province'],
      ['cluster', 'admitCandidate', 'cultivating'],
      ['pool-candidate', 'admitCandidate', 'admitted'],
    ]);
    for (const email of ['county-520402@demo.local', 'city-520400@demo.local']) {
      expect(await noticesOf(email, 'pool_candidate_admitted')).toEqual([
        expect.objectContaining({ subjectType: 'cluster', subjectId: admitted.body.clusterId }),
      ]);
    }
    expect(await noticesOf('county-520115@demo.local', 'pool_candidate_admitted')).toEqual([]);
  });

  it('a city returns a candidate with its reason; corrected, it is proposed again; the province declines it with a reason', async () => {
    const { id } = (
      await propose(county, { ...CANDIDATE, name: '中小企业特色产业集群（西秀区山地特色农产品加工产业）', leadingIndustry: '山地特色农产品加工' }).expect(201)
    ).body as { id: string };
    await act(city, id, { action: 'returnCandidate' }).expect(400);
    const returned = await act(city, id, { action: 'returnCandidate', comment: '请补充近三年主导产业产值及统计部门证明。' }).expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', decisionComment: '请补充近三年主导产业产值及统计部门证明。' });
    expect(await noticesOf('county-520402@demo.local', 'pool_candidate_returned')).toEqual([
      expect.objectContaining({ subjectType: 'pool-candidate', subjectId: id, body: '退回理由：请补充近三年主导产业产值及统计部门证明。' }),
    ]);
    expect((await read(county, id)).allowedActions).toEqual(['resubmitCandidate']);
    const corrected = await app
      .as(county)
      .put(`/api/console/pool-candidates/${id}`)
      .send({
        ...CANDIDATE,
        name: '中小企业特色产业集群（西秀区山地特色农产品加工产业）',
        leadingIndustry: '山地特色农产品加工',
        totalOutput: 18.6,
        version: returned.body.version,
      })
      .expect(200);
    const again = await act(county, id, { action: 'resubmitCandidate', version: corrected.body.version }).expect(200);
    expect(again.body).toMatchObject({ status: 'awaiting_city', totalOutput: 18.6 });
    await act(city, id, { action: 'endorseCandidate' }).expect(200);
    await act(province, id, { action: 'declineCandidate' }).expect(400);
    const declined = await act(province, id, { action: 'declineCandidate', comment: '主导产业规模尚小，建议继续培育后再申请。' }).expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', decidedOn: today, clusterId: null, decisionComment: '主导产业规模尚小，建议继续培育后再申请。' });
    expect((await read(province, id)).allowedActions).toEqual([]);
  });

  it('lets one of two concurrent confirmations through; the other gets 409 and nothing changes twice', async () => {
    const { id, version } = (await propose(county, { ...CANDIDATE, name: '中小企业特色产业集群（西秀区石材产业）', leadingIndustry: '石材' }).expect(201))
      .body as {
      id: string;
      version: number;
    };
    const answers = await Promise.all([
      act(city, id, { action: 'endorseCandidate', comment: '同意', version }),
      act(city, id, { action: 'returnCandidate', comment: '请补充', version }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const events = (
      await app
        .as(city)
        .get('/api/console/audit-events')
        .query({ filter: JSON.stringify({ subjectId: id }) })
        .expect(200)
    ).body as unknown[];
    expect(events).toHaveLength(2); // the proposal and one decision
  });
});

describe('from the pool to an application', () => {
  let poolClusterId: string;

  beforeAll(async () => {
    const candidate = (
      await app
        .as(province)
        .get('/api/console/pool-candidates')
        .query({ filter: JSON.stringify({ status: 'admitted', countyCode: '520402' }), perPage: 100 })
        .expect(200)
    ).body as Array<{ name: string; clusterId: string }>;
    poolClusterId = candidate.find((row) => row.name === CANDIDATE.name)!.clusterId;
  });

  it('a call published tells each person of the pool’s counties once, however often the notice is saved', async () => {
    const body = {
      year: thisYear + 1,
      title: `${thisYear + 1}年度贵州省中小企业特色产业集群认定申报通知`,
      opensOn: `${thisYear + 1}-03-01`,
      closesOn: `${thisYear + 1}-04-30`,
      cityRecommendationDeadline: `${thisYear + 1}-05-31`,
      status: 'published',
    };
    const notice = (await app.as(province).post('/api/console/call-notices').send(body).expect(201)).body as { id: string; version?: number };
    await app.as(province).put(`/api/console/call-notices/${notice.id}`).send(body).expect(200);
    const told = await noticesOf('county-520402@demo.local', 'call_opened');
    expect(told.filter((row) => row.subjectId === notice.id)).toEqual([expect.objectContaining({ subjectType: 'call-notice' })]);
    // A county with no cluster in the pool is not told.
    expect(await noticesOf('county-520115@demo.local', 'call_opened')).toEqual([]);
  });

  it('an application started from a pool cluster is pre-filled from its pool record and declares that cluster', async () => {
    const notices = (await app.as(county).get('/api/console/call-notices').expect(200)).body as Array<{ id: string; year: number }>;
    const callNoticeId = notices.find((notice) => notice.year === thisYear)!.id;
    const created = await app.as(county).post('/api/console/applications').send({ callNoticeId, clusterId: poolClusterId }).expect(201);
    expect(created.body).toMatchObject({ clusterId: poolClusterId, clusterName: CANDIDATE.name, operatorName: CANDIDATE.operatorName });
    const form = (await app.as(county).get(`/api/console/applications/${created.body.id}`).expect(200)).body.form;
    expect(form.basic).toMatchObject({ clusterName: CANDIDATE.name, areaKm2: 12.5, industryType: '第三产业', declarant: { name: CANDIDATE.declarantName } });
    expect(form.leadingIndustry.years[2]).toMatchObject({ year: thisYear - 1, totalOutput: 21.35, firmCount: 90, smeCount: 85 });

    // Another county's pool cluster, or a cluster not in the pool, is refused on the field.
    const otherCluster = (await app.as(otherCounty).get('/api/console/clusters').expect(200)).body[0] as { id: string };
    const refused = await app.as(county).post('/api/console/applications').send({ callNoticeId, clusterId: otherCluster.id }).expect(400);
    expect(refused.body.error.details.errors.map((error: { path: string }) => error.path)).toEqual(['clusterId']);
  });
});
