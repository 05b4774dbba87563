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

describe('a remembered sign-in (the caller read once per access version)', () => {
  const USER = 'plugin::users-permissions.user';
  const clusters = (jwt: string, etag?: string) => {
    const request = app
      .as(jwt)
      .get('/api/console/clusters')
      .query({ sort: JSON.stringify(['name', 'ASC']), range: JSON.stringify([0, 49]) });
    return etag ? request.set('If-None-Match', etag) : request;
  };
  const userOf = async (email: string) =>
    (await app.strapi.db.query(USER).findOne({ where: { email }, populate: { role: true, region: true } })) as {
      id: number;
      documentId: string;
      role: { id: number };
      region: { id: number } | null;
    };

  /** SQL statements `work` sends. */
  async function statementsOf(work: () => Promise<unknown>): Promise<number> {
    let count = 0;
    const onQuery = () => (count += 1);
    app.strapi.db.connection.on('query', onQuery);
    try {
      await work();
    } finally {
      app.strapi.db.connection.off('query', onQuery);
    }
    return count;
  }

  it('costs a stored page or a 304 one statement, the versions', async () => {
    const city = await app.login('city-520300@demo.local');
    const first = await clusters(city).expect(200);
    expect(await statementsOf(() => clusters(city).expect(200))).toBe(1);
    expect(await statementsOf(() => clusters(city, first.headers.etag as string).expect(304))).toBe(1);
  });

  it('refuses a user blocked in the admin panel on the very next request, 304s included', async () => {
    const email = 'city-520300@demo.local';
    const city = await app.login(email);
    const page = await clusters(city).expect(200);
    await clusters(city, page.headers.etag as string).expect(304);
    const { documentId } = await userOf(email);
    // As the admin panel writes it: through the document service.
    await app.strapi.documents(USER).update({ documentId, data: { blocked: true } as never });
    try {
      await clusters(city, page.headers.etag as string).expect(401);
      await clusters(city).expect(401);
    } finally {
      await app.strapi.documents(USER).update({ documentId, data: { blocked: false } as never });
    }
    await clusters(city).expect(200);
  });

  it('follows a move to another region, a change of role and a permission taken away, each at once', async () => {
    const email = 'city-520300@demo.local';
    const city = await app.login(email);
    const codes = async () => new Set(((await clusters(city).expect(200)).body as Array<{ prefectureCode: string }>).map((c) => c.prefectureCode));
    expect([...(await codes())]).toEqual(['520300']);
    const user = await userOf(email);
    const guiyang = (await app.strapi.db.query('api::region.region').findOne({ where: { code: '520100' } })) as { id: number };
    await app.strapi.db.query(USER).update({ where: { id: user.id }, data: { region: guiyang.id } });
    try {
      expect([...(await codes())]).toEqual(['520100']);
    } finally {
      await app.strapi.db.query(USER).update({ where: { id: user.id }, data: { region: user.region!.id } });
    }
    expect([...(await codes())]).toEqual(['520300']);

    const expertRole = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'expert' } })) as { id: number };
    await app.strapi.db.query(USER).update({ where: { id: user.id }, data: { role: expertRole.id } });
    try {
      await clusters(city).expect(403);
    } finally {
      await app.strapi.db.query(USER).update({ where: { id: user.id }, data: { role: user.role.id } });
    }
    await clusters(city).expect(200);

    // The grant behind the clusters list, taken from the role (as the admin panel's role editor would).
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const granted = (await permissions.findMany({ where: { role: user.role.id } })) as Array<{ id: number; action: string }>;
    await permissions.deleteMany({ where: { id: { $in: granted.map((permission) => permission.id) } } });
    try {
      await clusters(city).expect(403);
    } finally {
      for (const { action } of granted) await permissions.create({ data: { action, role: user.role.id } });
    }
    await clusters(city).expect(200);
  });

  it('never outlives the token: an expired token is refused though it was signed in a moment before', async () => {
    const { id } = await userOf('city-520300@demo.local');
    const token = (await app.strapi.plugin('users-permissions').service('jwt').issue({ id }, { expiresIn: '2s' })) as string;
    await clusters(token).expect(200);
    await clusters(token).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    await clusters(token).expect(401);
  });
});

describe('list totals', () => {
  it('count exactly the rows the pages hold, for every scope and filter on a related record', async () => {
    const callYear = ((await app.strapi.db.query('api::call-notice.call-notice').findOne({ orderBy: { year: 'desc' } })) as { year: number }).year;
    const callers = {
      province,
      city: await app.login('city-520100@demo.local'),
      county: await app.login('county-520115@demo.local'),
      expert: await app.login('expert1@demo.local'),
    };
    const filters = [
      {},
      { prefectureCode: '520100' },
      { prefectureCode: '520300', callYear },
      { countyCode: '520115' },
      { status: 'draft', callYear },
      { prefectureCode: '999999' },
    ];
    let nonEmpty = 0;
    for (const jwt of Object.values(callers)) {
      for (const filter of filters) {
        const page = await app
          .as(jwt)
          .get('/api/console/applications')
          .query({ filter: JSON.stringify(filter), sort: JSON.stringify(['createdAt', 'DESC']), range: JSON.stringify([0, 499]) })
          .expect(200);
        const total = Number(/\/(\d+)$/.exec(page.headers['content-range'] as string)![1]);
        expect(total).toBe(page.body.length);
        if (total) nonEmpty += 1;
      }
    }
    // The comparison was not between empty lists only.
    expect(nonEmpty).toBeGreaterThan(8);
  });

  it('give each page the rows at its place in the whole list, whichever list was read before', async () => {
    const callers = { province, county: await app.login('county-520115@demo.local') };
    const read = (jwt: string, filter: Record<string, unknown>, range: [number, number]) =>
      app
        .as(jwt)
        .get('/api/console/applications')
        .query({ filter: JSON.stringify(filter), sort: JSON.stringify(['createdAt', 'DESC']), range: JSON.stringify(range) })
        .expect(200);
    const ids = (response: { body: Array<{ id: string }> }) => response.body.map((row) => row.id);
    // Lists of one shape with other values (another prefecture, another caller's scope) read in turn,
    // pages with and without an offset, each page against its own whole list.
    const lists: Array<[string, Record<string, unknown>]> = [
      [callers.province, { prefectureCode: '520100' }],
      [callers.province, { prefectureCode: '520300' }],
      [callers.county, {}],
      [callers.province, {}],
    ];
    const whole = new Map<number, string[]>();
    for (const [index, [jwt, filter]] of lists.entries()) whole.set(index, ids(await read(jwt, filter, [0, 499])));
    // Two prefectures' lists, not empty and not the same; the whole province's longer than the pages go.
    expect(whole.get(0)!.length * whole.get(1)!.length).toBeGreaterThan(0);
    expect(whole.get(0)).not.toEqual(whole.get(1));
    expect(whole.get(3)!.length).toBeGreaterThan(7);
    for (const [start, end] of [
      [2, 4],
      [0, 2],
      [1, 3],
      [3, 7],
    ] as Array<[number, number]>) {
      for (const [index, [jwt, filter]] of lists.entries()) {
        const page = await read(jwt, filter, [start, end]);
        expect(ids(page)).toEqual(whole.get(index)!.slice(start, end + 1));
        expect(page.headers['content-range']).toMatch(new RegExp(`/${whole.get(index)!.length}$`));
      }
    }
  });

  it('carry the total on a page past the last row, which is empty', async () => {
    const list = (range: [number, number]) =>
      app
        .as(province)
        .get('/api/console/applications')
        .query({ filter: JSON.stringify({ prefectureCode: '520100' }), sort: JSON.stringify(['createdAt', 'DESC']), range: JSON.stringify(range) })
        .expect(200);
    const first = await list([0, 9]);
    const total = Number(/\/(\d+)$/.exec(first.headers['content-range'] as string)![1]);
    expect(total).toBeGreaterThan(0);
    const past = await list([total + 10, total + 19]);
    expect(past.body).toEqual([]);
    expect(past.headers['content-range']).toBe(`applications ${total + 10}-${total + 10}/${total}`);
  });
});
