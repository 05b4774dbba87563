import { RENEWAL_OUTCOMES } from '@sme-cluster/rules';
import { bootApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await bootApp();
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

describe('regions (GB/T 2260)', () => {
  it('has the 9 prefectures of Guizhou by code and 88 county-level divisions, each under its prefecture', async () => {
    const rows = (await app.strapi.db.query('api::region.region').findMany({ populate: { parent: true } })) as Array<{
      code: string;
      name: string;
      level: string;
      parent?: { code: string } | null;
    }>;
    const prefectures = rows.filter((r) => r.level === 'prefecture');
    expect(prefectures.map((p) => `${p.code} ${p.name}`).sort()).toEqual([
      '520100 贵阳市',
      '520200 六盘水市',
      '520300 遵义市',
      '520400 安顺市',
      '520500 毕节市',
      '520600 铜仁市',
      '522300 黔西南布依族苗族自治州',
      '522600 黔东南苗族侗族自治州',
      '522700 黔南布依族苗族自治州',
    ]);
    const counties = rows.filter((r) => r.level === 'county');
    expect(counties).toHaveLength(88);
    for (const county of counties) {
      expect(county.parent?.code).toBe(`${county.code.slice(0, 4)}00`);
    }
    expect(counties.find((c) => c.code === '520382')?.name).toBe('仁怀市');
  });
});

describe('vocabularies Strapi stores', () => {
  // Components are JSON files, so this enumeration cannot import the domain's declaration as the content types do.
  it('stores a renewal outcome from the domain vocabulary', () => {
    const outcome = app.strapi.components['cluster.renewal'].attributes.outcome as { enum: string[] };
    expect(outcome.enum).toEqual([...RENEWAL_OUTCOMES]);
  });
});

describe('scheduled work', () => {
  it('leaves out Strapi telemetry jobs, which would write the database on their own schedule', () => {
    const names = app.strapi.cron.jobs.map(({ name }) => name);
    expect(names).not.toContain('uploadWeekly');
    expect(app.strapi.telemetry.isDisabled).toBe(true);
  });
});

describe('demo accounts and roles', () => {
  it.each([
    ['province@demo.local', 'province_admin', null],
    ['city-520300@demo.local', 'city_reviewer', '520300'],
    ['county-520382@demo.local', 'county_declarant', '520382'],
    ['expert1@demo.local', 'expert', null],
  ])('%s logs in as %s', async (email, role, regionCode) => {
    const jwt = await app.login(email);
    const me = await app.as(jwt).get('/api/console/me').expect(200);
    expect(me.body.role).toBe(role);
    expect(me.body.region?.code ?? null).toBe(regionCode);
    // The console names the official by name and unit, never by login.
    expect(me.body.name).toMatch(/^\p{Script=Han}{2,4}（\p{Script=Han}+）$/u);
  });

  it('refuses a wrong password and anonymous console calls', async () => {
    await app.http.post('/api/auth/local').send({ identifier: 'province@demo.local', password: 'wrong-password' }).expect(400);
    await app.http.get('/api/console/me').expect(403);
    await app.http.get('/api/console/clusters').expect(403);
  });

  it('grants the Public role nothing from the API and disables self-registration', async () => {
    await app.http.get('/api/clusters').expect(403);
    await app.http.get('/api/applications').expect(403);
    await app.http
      .post('/api/auth/local/register')
      .send({ username: 'intruder', email: 'x@example.com', password: 'secret-123' })
      .expect((r) => expect(r.status).toBeGreaterThanOrEqual(400));
  });
});

describe('/api/console/clusters (simple-rest)', () => {
  let province: string;
  beforeAll(async () => {
    province = await app.login('province@demo.local');
  });

  const newCluster = {
    name: '中小企业特色产业集群（花溪区大数据产业）',
    leadingIndustry: '大数据',
    industryType: '第二产业',
    areaKm2: 12.5,
    prefectureCode: '520100',
    countyCode: '520111',
    declarantName: '花溪区工业和信息化局',
    operatorName: '花溪大学城管理委员会',
  };

  it('lists with sort, range and filter and a Content-Range total', async () => {
    const all = await app.as(province).get('/api/console/clusters').query({ sort: '["name","ASC"]', range: '[0,1]', filter: '{}' }).expect(200);
    expect(all.body).toHaveLength(2);
    expect(all.headers['content-range']).toMatch(/^clusters 0-1\/6$/);
    const recognized = await app
      .as(province)
      .get('/api/console/clusters')
      .query({ filter: JSON.stringify({ status: 'recognized' }) })
      .expect(200);
    expect(recognized.body.map((c: { status: string }) => c.status)).toEqual(['recognized', 'recognized']);
    const search = await app
      .as(province)
      .get('/api/console/clusters')
      .query({ filter: JSON.stringify({ q: '白酒' }) })
      .expect(200);
    expect(search.body).toHaveLength(1);
    expect(search.body[0]).toMatchObject({ countyCode: '520382', prefectureCode: '520300', industryType: '第二产业' });
  });

  it('creates, reads, updates and deletes a cluster', async () => {
    const created = await app.as(province).post('/api/console/clusters').send(newCluster).expect(201);
    expect(created.body).toMatchObject({ ...newCluster, status: 'cultivating', version: 0 });
    const id = created.body.id as string;
    await app.as(province).get(`/api/console/clusters/${id}`).expect(200);
    const updated = await app
      .as(province)
      .put(`/api/console/clusters/${id}`)
      .send({ ...created.body, leadingIndustry: '大数据电子信息' })
      .expect(200);
    expect(updated.body).toMatchObject({ leadingIndustry: '大数据电子信息', version: 1 });
    const audit = await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { subjectId: id } });
    expect(audit.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update']);
    await app.as(province).delete(`/api/console/clusters/${id}`).expect(200);
    await app.as(province).get(`/api/console/clusters/${id}`).expect(404);
  });

  it('answers a bad body with 400 and field paths in Chinese and English, and writes nothing', async () => {
    const before = await app.strapi.db.query('api::cluster.cluster').count();
    const response = await app
      .as(province)
      .post('/api/console/clusters')
      .send({ ...newCluster, name: '', areaKm2: 1.234, countyCode: 'abc', status: 'famous' })
      .expect(400);
    const paths = response.body.error.details.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['areaKm2', 'countyCode', 'name', 'status']);
    for (const error of response.body.error.details.errors) {
      expect(error.message.zh).toEqual(expect.any(String));
      expect(error.message.en).toEqual(expect.any(String));
    }
    const wrongCounty = await app
      .as(province)
      .post('/api/console/clusters')
      .send({ ...newCluster, countyCode: '520382' })
      .expect(400);
    expect(wrongCounty.body.error.details.errors[0].path).toBe('countyCode');
    expect(await app.strapi.db.query('api::cluster.cluster').count()).toBe(before);
  });

  it('answers a stale update with 409 and changes nothing', async () => {
    const created = await app.as(province).post('/api/console/clusters').send(newCluster).expect(201);
    const id = created.body.id as string;
    await app
      .as(province)
      .put(`/api/console/clusters/${id}`)
      .send({ ...created.body, areaKm2: 13 })
      .expect(200);
    await app
      .as(province)
      .put(`/api/console/clusters/${id}`)
      .send({ ...created.body, areaKm2: 99 })
      .expect(409);
    const now = await app.as(province).get(`/api/console/clusters/${id}`).expect(200);
    expect(now.body).toMatchObject({ areaKm2: 13, version: 1 });
  });

  it('rejects unknown filters and sorts with 400', async () => {
    await app.as(province).get('/api/console/clusters').query({ filter: '{"password":"x"}' }).expect(400);
    await app.as(province).get('/api/console/clusters').query({ sort: '["secret","ASC"]' }).expect(400);
    await app.as(province).get('/api/console/clusters').query({ range: '[0,100000]' }).expect(400);
    await app.as(province).get('/api/console/clusters').query({ filter: 'not json' }).expect(400);
  });

  it('confines a city reviewer to its own prefecture and a county declarant to its county', async () => {
    const city = await app.login('city-520300@demo.local');
    const cityList = await app.as(city).get('/api/console/clusters').expect(200);
    expect(cityList.body.length).toBeGreaterThan(0);
    expect(new Set(cityList.body.map((c: { prefectureCode: string }) => c.prefectureCode))).toEqual(new Set(['520300']));
    const elsewhere = await app
      .as(province)
      .get('/api/console/clusters')
      .query({ filter: JSON.stringify({ countyCode: '520115' }) })
      .expect(200);
    await app.as(city).get(`/api/console/clusters/${elsewhere.body[0].id}`).expect(404);
    await app.as(city).post('/api/console/clusters').send(newCluster).expect(403);

    const county = await app.login('county-520402@demo.local');
    const countyList = await app.as(county).get('/api/console/clusters').expect(200);
    expect(countyList.body.map((c: { countyCode: string }) => c.countyCode)).toEqual(['520402']);
    expect(countyList.headers['content-range']).toMatch(/\/1$/);
  });
});

describe('the console app', () => {
  it('answers a malformed path with 400, not 500', async () => {
    await app.http.get('/console/%E0').expect(400);
  });
});
