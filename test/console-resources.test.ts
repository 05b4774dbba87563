import { bootApp, type TestApp } from './helpers/strapi';

let app: TestApp;
let province: string;
beforeAll(async () => {
  app = await bootApp();
  province = await app.login('province@demo.local');
}, 300_000);
afterAll(async () => {
  await app?.stop();
});

describe('staff accounts in the console', () => {
  it('lets the province list the experts it can assign, without any secret field', async () => {
    const experts = await app
      .as(province)
      .get('/api/console/users')
      .query({ filter: JSON.stringify({ role: 'expert' }) })
      .expect(200);
    expect(experts.body.map((u: { email: string }) => u.email).sort()).toEqual(['expert1@demo.local', 'expert2@demo.local']);
    expect(experts.headers['content-range']).toMatch(/\/2$/);
    const text = JSON.stringify(experts.body);
    for (const secret of ['password', 'resetPasswordToken', 'confirmationToken']) expect(text).not.toContain(secret);
    expect(experts.body[0]).toEqual({
      id: expect.any(String),
      userId: expect.any(Number),
      username: expect.any(String),
      // The person by name and unit, as the province picks experts.
      name: expect.stringMatching(/^\p{Script=Han}{2,4}（\p{Script=Han}+）$/u),
      email: expect.any(String),
      role: 'expert',
      regionCode: null,
      blocked: false,
    });
  });

  it('is the province’s only, and read-only', async () => {
    const city = await app.login('city-520300@demo.local');
    await app.as(city).get('/api/console/users').expect(403);
    // Accounts are created in the admin panel: the console resource has no write route at all.
    const response = await app.as(province).post('/api/console/users').send({ username: 'x', email: 'x@demo.local' });
    expect([404, 405]).toContain(response.status);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { email: 'x@demo.local' } })).toBe(0);
  });
});

describe('expert score sheets', () => {
  it('carry the call’s scoring criteria so the sheet shows what to score', async () => {
    const [application] = await app.strapi.db.query('api::application.application').findMany({ where: { status: 'province_review' } });
    const experts = await app
      .as(province)
      .get('/api/console/users')
      .query({ filter: JSON.stringify({ role: 'expert' }) })
      .expect(200);
    const assigned = await app
      .as(province)
      .post('/api/console/expert-reviews')
      .send({ applicationId: application.documentId, expertId: experts.body[0].userId })
      .expect(201);
    expect(assigned.body.criteria).toHaveLength(8);
    expect(assigned.body.criteria[0]).toMatchObject({ key: 'leadingIndustry', name: '主导产业优势', weight: 20, maxScore: 100 });
    // What each score band of the criterion means, highest first, as the sheet shows it beside the score.
    expect(assigned.body.criteria[0].bands.map((band: { label: string; min: number }) => [band.label, band.min])).toEqual([
      ['优', 90],
      ['良', 75],
      ['中', 60],
      ['差', 0],
    ]);
    expect(assigned.body.criteria.reduce((sum: number, c: { weight: number }) => sum + c.weight, 0)).toBe(100);
  });
});

describe('list pages (cached per data version)', () => {
  const list = (jwt: string) =>
    app
      .as(jwt)
      .get('/api/console/clusters')
      .query({ sort: JSON.stringify(['name', 'ASC']), range: JSON.stringify([0, 49]) })
      .expect(200);

  it('show a write at once, whether made through the console or straight in the database (as a job does)', async () => {
    const before = await list(province);
    const [first] = before.body as Array<{ id: string; name: string; version: number }>;
    const renamed = `${first.name}（更名）`;
    await app.strapi.db.query('api::cluster.cluster').updateMany({ where: { documentId: first.id }, data: { name: renamed } });
    const after = await list(province);
    expect((after.body as Array<{ id: string; name: string }>).find((c) => c.id === first.id)?.name).toBe(renamed);
    await app.strapi.db.query('api::cluster.cluster').updateMany({ where: { documentId: first.id }, data: { name: first.name } });
    expect((await list(province)).body).toEqual(before.body);
  });

  it('answer an unchanged page with 304, and a write by anyone with the new page and a new ETag', async () => {
    const first = await list(province);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    // The caller's own browser may keep it, no shared cache, and it asks again every time.
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(first.headers['content-range']).toMatch(/^clusters 0-\d+\/\d+$/);

    const unchanged = await app
      .as(province)
      .get('/api/console/clusters')
      .query({ sort: JSON.stringify(['name', 'ASC']), range: JSON.stringify([0, 49]) })
      .set('If-None-Match', etag);
    expect(unchanged.status).toBe(304);
    expect(unchanged.text ?? '').toBe('');
    expect(unchanged.headers.etag).toBe(etag);
    // A stored page is sent as it was: the same bytes and the same range.
    const again = await list(province);
    expect(again.text).toBe(first.text);
    expect(again.headers['content-range']).toBe(first.headers['content-range']);

    // A write to another resource by another user (a city's yearly report begun) moves the version too.
    const guiyang = await app.login('city-520100@demo.local');
    await app.as(guiyang).post('/api/console/city-reports').send({ year: 2024, narrative: '年度报告草稿。' }).expect(201);
    const afterWrite = await app
      .as(province)
      .get('/api/console/clusters')
      .query({ sort: JSON.stringify(['name', 'ASC']), range: JSON.stringify([0, 49]) })
      .set('If-None-Match', etag);
    expect(afterWrite.status).toBe(200);
    expect(afterWrite.headers.etag).not.toBe(etag);
    expect(afterWrite.body).toEqual(first.body);
  });

  it('never answer one region’s ETag with a 304 or a page of another region', async () => {
    const [zunyi, guiyang] = await Promise.all([app.login('city-520300@demo.local'), app.login('city-520100@demo.local')]);
    const own = await list(zunyi);
    const other = await app
      .as(guiyang)
      .get('/api/console/clusters')
      .query({ sort: JSON.stringify(['name', 'ASC']), range: JSON.stringify([0, 49]) })
      .set('If-None-Match', own.headers.etag as string);
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(own.headers.etag);
    expect(new Set((other.body as Array<{ prefectureCode: string }>).map((c) => c.prefectureCode))).toEqual(new Set(['520100']));
    // And a filter the caller adds is part of the key: the same region asking for less is not a 304 either.
    const filtered = await app
      .as(zunyi)
      .get('/api/console/clusters')
      .query({ sort: JSON.stringify(['name', 'ASC']), range: JSON.stringify([0, 49]), filter: JSON.stringify({ status: 'recognized' }) })
      .set('If-None-Match', own.headers.etag as string);
    expect(filtered.status).toBe(200);
  });

  it('never hand one region’s page to another region asking the same query', async () => {
    const cities = ['city-520300@demo.local', 'city-520100@demo.local'];
    for (const email of [...cities, ...cities]) {
      const codes = new Set(((await list(await app.login(email))).body as Array<{ prefectureCode: string }>).map((c) => c.prefectureCode));
      expect([...codes]).toEqual([email.slice(5, 11)]);
    }
  });
});
