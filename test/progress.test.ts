import { IN_EFFECT_STATUSES, todayInShanghai } from '@sme-cluster/rules';
import { jobFixtures } from './helpers/jobs';
import { bootApp, type TestApp } from './helpers/strapi';

// The province's progress toward its target of recognized clusters (Art. 5): clusters in effect by
// prefecture and year of recognition, the cultivation pool and the current call's pipeline, over HTTP.

let app: TestApp;
let province: string;
let city: string;
let county: string;

interface Progress {
  target: number;
  inEffect: number;
  byPrefecture: Array<{ code: string; name: string; count: number }>;
  byYear: Array<{ year: number | null; count: number }>;
  pool: { candidates: Record<string, number>; cultivating: number };
  call: { id: string; year: number; title: string; applications: Record<string, number> } | null;
}

const progress = async (): Promise<Progress> => (await app.as(province).get('/api/clusters/progress').expect(200)).body;
const prefectureCount = (p: Progress, code: string) => p.byPrefecture.find((row) => row.code === code)!.count;
const yearCount = (p: Progress, year: number) => p.byYear.find((row) => row.year === year)?.count ?? 0;

beforeAll(async () => {
  app = await bootApp();
  province = await app.login('province@demo.local');
  city = await app.login('city-520100@demo.local');
  county = await app.login('county-520115@demo.local');
});

afterAll(async () => {
  await app?.stop();
});

it('is the province’s: a city, a county and an expert are refused', async () => {
  await app.as(city).get('/api/clusters/progress').expect(403);
  await app.as(county).get('/api/clusters/progress').expect(403);
  await app
    .as(await app.login('expert1@demo.local'))
    .get('/api/clusters/progress')
    .expect(403);
  await app.http.get('/api/clusters/progress').expect(403);
});

it('counts what the database holds: the clusters in effect against the target of 30, the pool and this call', async () => {
  const p = await progress();
  const db = app.strapi.db;
  expect(p.target).toBe(30);
  const inEffect = await db.query('api::cluster.cluster').count({ where: { status: { $in: [...IN_EFFECT_STATUSES] } } });
  expect(inEffect).toBeGreaterThan(0);
  expect(p.inEffect).toBe(inEffect);
  expect(p.byPrefecture).toHaveLength(9);
  for (const row of p.byPrefecture) {
    expect(row.count).toBe(
      await db.query('api::cluster.cluster').count({ where: { status: { $in: [...IN_EFFECT_STATUSES] }, prefecture: { code: row.code } } }),
    );
  }
  expect(p.byYear.reduce((sum, row) => sum + row.count, 0)).toBe(inEffect);
  expect(p.pool.cultivating).toBe(await db.query('api::cluster.cluster').count({ where: { status: 'cultivating' } }));
  const thisYear = Number(todayInShanghai().slice(0, 4));
  expect(p.call).toMatchObject({ year: thisYear, title: expect.any(String) });
  const applications = (await db.query('api::application.application').findMany({
    where: { callNotice: { year: thisYear }, archivedAt: { $null: true } },
    select: ['status'],
  })) as Array<{ status: string }>;
  const byStatus: Record<string, number> = {};
  for (const { status } of applications) byStatus[status] = (byStatus[status] ?? 0) + 1;
  expect(p.call!.applications).toEqual(byStatus);
});

it('moves by exactly what changes: a cluster recognized, one awaiting re-review, one expired, one cultivated, a candidate, an archived application', async () => {
  const before = await progress();
  const fixtures = jobFixtures(app.strapi);
  // 仁怀市 is in 遵义市 (520300); 西秀区 in 安顺市 (520400).
  await fixtures.cluster({ status: 'recognized', recognizedAt: '2019-06-30', validUntil: '2030-06-30' });
  await fixtures.cluster({ status: 'renewal_pending', recognizedAt: '2019-01-01', validUntil: '2026-12-31', countyCode: '520402' });
  await fixtures.cluster({ status: 'expired', recognizedAt: '2019-02-01', validUntil: '2022-02-01' });
  await fixtures.cluster({ status: 'cultivating', countyCode: '520402' });
  const region = async (code: string) => (await app.strapi.db.query('api::region.region').findOne({ where: { code } })).documentId as string;
  await app.strapi.documents('api::pool-candidate.pool-candidate').create({
    data: {
      name: '候选集群',
      leadingIndustry: '候选产业',
      figuresYear: 2025,
      status: 'declined',
      proposedOn: '2026-01-05',
      prefecture: await region('520100'),
      county: await region('520115'),
    } as never,
  });
  const application = (await app.strapi.db.query('api::application.application').findOne({
    where: { callNotice: { year: before.call!.year }, archivedAt: { $null: true } },
  })) as { id: number; status: string };
  await app.strapi.db.query('api::application.application').update({ where: { id: application.id }, data: { archivedAt: new Date() } });

  const after = await progress();
  expect(after.inEffect).toBe(before.inEffect + 2);
  expect(prefectureCount(after, '520300')).toBe(prefectureCount(before, '520300') + 1);
  expect(prefectureCount(after, '520400')).toBe(prefectureCount(before, '520400') + 1);
  expect(prefectureCount(after, '520100')).toBe(prefectureCount(before, '520100'));
  expect(yearCount(after, 2019)).toBe(yearCount(before, 2019) + 2);
  expect(after.pool.cultivating).toBe(before.pool.cultivating + 1);
  expect(after.pool.candidates.declined ?? 0).toBe((before.pool.candidates.declined ?? 0) + 1);
  expect(after.call!.applications[application.status] ?? 0).toBe(before.call!.applications[application.status] - 1);
});

it('each count’s list finds the same records: clusters in effect of a prefecture, recognized in a year', async () => {
  const p = await progress();
  const list = (filter: Record<string, unknown>) =>
    app
      .as(province)
      .get('/api/console/clusters')
      .query({ filter: JSON.stringify(filter), range: '[0,0]' })
      .expect(200)
      .then((response) => Number(String(response.headers['content-range']).split('/')[1]));
  expect(await list({ status: IN_EFFECT_STATUSES, prefectureCode: '520300' })).toBe(prefectureCount(p, '520300'));
  expect(await list({ status: IN_EFFECT_STATUSES, recognizedYear: 2019 })).toBe(yearCount(p, 2019));
  const refused = await app
    .as(province)
    .get('/api/console/clusters')
    .query({ filter: JSON.stringify({ recognizedYear: '二〇一九' }) })
    .expect(400);
  expect(refused.body.error.details.errors[0]).toMatchObject({ path: 'filter.recognizedYear', message: { zh: expect.any(String), en: expect.any(String) } });
});

it('follows the province’s target setting', async () => {
  const UID = 'api::setting.setting';
  const stored = (await app.strapi.documents(UID as never).findFirst({ populate: { lifecycle: true } as never })) as Record<string, any>;
  const { id: _id, ...lifecycle } = stored.lifecycle;
  await app.strapi
    .documents(UID as never)
    .update({ documentId: stored.documentId, data: { lifecycle: { ...lifecycle, recognizedClusterTarget: 35 } } as never });
  expect((await progress()).target).toBe(35);
});
