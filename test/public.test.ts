import { bootApp, type TestApp } from './helpers/strapi';

/** The public site (Art. 16): published lists and open public notices, nothing private, conditional GETs. */
let app: TestApp;
let province: string;
const clusters: Record<string, { documentId: string; name: string; declarantName: string }> = {};
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function clusterId(fragment: string) {
  const found = Object.values(clusters).find((cluster) => cluster.name.includes(fragment));
  if (!found) throw new Error(`no demo cluster ${fragment}`);
  return found.documentId;
}

/** Every public surface, as raw text, for "never appears" assertions. */
async function everything(): Promise<string> {
  const urls = ['/api/public/recognized-lists', '/api/public/notices', '/api/public/clusters?pageSize=100', '/'];
  const lists = (await app.http.get('/api/public/recognized-lists').expect(200)).body.data as Array<{ documentId: string }>;
  urls.push(...lists.map((list) => `/api/public/recognized-lists/${list.documentId}`));
  for (const cluster of Object.values(clusters)) urls.push(`/api/public/clusters/${cluster.documentId}`, `/public/clusters/${cluster.documentId}`);
  const texts = await Promise.all(urls.map(async (url) => (await app.http.get(url)).text));
  return texts.join('\n');
}

const createList = (body: Record<string, unknown>) => app.as(province).post('/api/console/recognized-lists').send(body);

beforeAll(async () => {
  app = await bootApp();
  province = await app.login('province@demo.local');
  const rows = (await app.strapi.db.query('api::cluster.cluster').findMany({ select: ['documentId', 'name', 'declarantName'] })) as Array<{
    documentId: string;
    name: string;
    declarantName: string;
  }>;
  for (const row of rows) clusters[row.name] = row;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

describe('publishing recognized lists (console)', () => {
  it('refuses clusters that are not recognized, with the reason in both languages', async () => {
    for (const fragment of ['西秀区', '钟山区', '都匀市']) {
      const response = await createList({
        year: 2024,
        title: '测试名单',
        documentNumber: '黔工信中小〔2024〕1号',
        clusterIds: [await clusterId(fragment)],
      }).expect(400);
      expect(response.body.error.details.errors[0]).toMatchObject({
        path: 'clusterIds',
        message: { zh: expect.stringContaining('不是已认定集群'), en: expect.any(String) },
      });
    }
  });

  it('only the province may write and publish lists; others read', async () => {
    const city = await app.login('city-520300@demo.local');
    await app.as(city).get('/api/console/recognized-lists').expect(200);
    await app.as(city).post('/api/console/recognized-lists').send({ year: 2024, title: 'x', documentNumber: 'x', clusterIds: [] }).expect(403);
    const draft = (await createList({ year: 2024, title: '权限测试', documentNumber: '权限测试号', clusterIds: [] }).expect(201)).body;
    await app.as(city).post(`/api/console/recognized-lists/${draft.id}/publish`).expect(403);
    await app.as(province).delete(`/api/console/recognized-lists/${draft.id}`).expect(200);
  });

  it('a draft never appears; publishing shows it and changes the ETag; unpublishing removes it', async () => {
    const draft = (
      await createList({
        year: 2025,
        title: '2025年贵州省中小企业特色产业集群名单',
        documentNumber: '黔工信中小〔2025〕88号',
        issuedOn: shift(-1),
        clusterIds: [await clusterId('仁怀市'), await clusterId('观山湖区')],
      }).expect(201)
    ).body;
    expect(draft).toMatchObject({ publishedAt: null, clusterIds: expect.arrayContaining([await clusterId('仁怀市')]) });
    expect(await everything()).not.toContain('黔工信中小〔2025〕88号');

    const before = await app.http.get('/api/public/recognized-lists').expect(200);
    const pageBefore = await app.http.get('/').expect(200);
    const published = (await app.as(province).post(`/api/console/recognized-lists/${draft.id}/publish`).expect(200)).body;
    expect(published.publishedAt).toEqual(expect.any(String));
    const after = await app.http.get('/api/public/recognized-lists').expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await app.http.get('/').expect(200)).headers.etag).not.toBe(pageBefore.headers.etag);
    // Newest first, before the demo's lists published earlier.
    expect(after.body.data).toEqual([
      {
        documentId: draft.id,
        year: 2025,
        title: '2025年贵州省中小企业特色产业集群名单',
        documentNumber: '黔工信中小〔2025〕88号',
        issuedOn: shift(-1),
        publishedAt: expect.any(String),
        clusterCount: 2,
      },
      ...before.body.data,
    ]);
    const detail = (await app.http.get(`/api/public/recognized-lists/${draft.id}`).expect(200)).body.data;
    expect(detail.clusters.map((c: { name: string }) => c.name).sort()).toEqual(
      [clusters['中小企业特色产业集群（仁怀市酱香白酒产业）'].name, clusters['中小企业特色产业集群（观山湖区大数据电子信息产业）'].name].sort(),
    );
    expect(detail.clusters[0]).toEqual({
      documentId: expect.any(String),
      name: expect.any(String),
      prefecture: { code: expect.any(String), name: expect.any(String) },
      county: { code: expect.any(String), name: expect.any(String) },
      leadingIndustry: expect.any(String),
      industryType: '第二产业',
      operatorName: expect.any(String),
      recognizedAt: expect.any(String),
      validUntil: expect.any(String),
      standing: 'valid',
      mark: null,
      // This list, and the demo's list of the year the cluster was recognized.
      listDocumentNumbers: expect.arrayContaining(['黔工信中小〔2025〕88号']),
    });
    expect(detail.clusters[0].listDocumentNumbers).toHaveLength(2);

    // Editing the draft after publishing does not touch the public version until it is published again.
    await app
      .as(province)
      .put(`/api/console/recognized-lists/${draft.id}`)
      .send({ year: 2025, title: '草稿改动', documentNumber: '黔工信中小〔2025〕88号', clusterIds: [] })
      .expect(200);
    expect(await everything()).not.toContain('草稿改动');
    await app.as(province).delete(`/api/console/recognized-lists/${draft.id}`).expect(409);
    const listed = (await app.as(province).get('/api/console/recognized-lists').expect(200)).body as Array<{ id: string; publishedAt: string | null }>;
    expect(listed.find((row) => row.id === draft.id)?.publishedAt).toEqual(expect.any(String));

    await app.as(province).post(`/api/console/recognized-lists/${draft.id}/unpublish`).expect(200);
    await app.as(province).post(`/api/console/recognized-lists/${draft.id}/unpublish`).expect(409);
    const gone = await app.http.get('/api/public/recognized-lists').expect(200);
    expect(gone.body.data).toEqual(before.body.data);
    expect(gone.headers.etag).not.toBe(after.headers.etag);
    await app.http.get(`/api/public/recognized-lists/${draft.id}`).expect(404);
    expect(await everything()).not.toContain('黔工信中小〔2025〕88号');

    const audit = (await app.strapi.db
      .query('api::audit-event.audit-event')
      .findMany({ where: { subjectType: 'recognized-list', subjectId: draft.id }, orderBy: { id: 'asc' } })) as Array<{ action: string }>;
    expect(audit.map((event) => event.action)).toEqual(['create', 'publish', 'update', 'unpublish']);
    await app.as(province).delete(`/api/console/recognized-lists/${draft.id}`).expect(200);
  });
});

describe('public API and page', () => {
  let listId: string;
  beforeAll(async () => {
    const draft = (
      await createList({
        year: 2024,
        title: '2024年贵州省中小企业特色产业集群名单',
        documentNumber: '黔工信中小〔2024〕30号',
        clusterIds: [await clusterId('仁怀市'), await clusterId('观山湖区')],
      }).expect(201)
    ).body;
    listId = draft.id;
    await app.as(province).post(`/api/console/recognized-lists/${listId}/publish`).expect(200);
    // An open public notice (公示), as the workflow's openPublicNotice leaves it, and one already over.
    const applications = (await app.strapi.documents('api::application.application').findMany({
      fields: ['clusterName'] as never,
      // Applications in progress, not those that recognized the demo's clusters (their names are on the lists).
      filters: { status: { $ne: 'recognized' } } as never,
      populate: { callNotice: { fields: ['year'] } } as never,
      sort: 'id:asc',
    })) as unknown as Array<{ documentId: string; callNotice: { documentId: string } }>;
    // The call of the application whose 公示 is open names how to object (the demo has earlier calls too).
    await app.strapi.documents('api::call-notice.call-notice').update({
      documentId: applications[0].callNotice.documentId,
      data: { objectionInstructions: '联系人：省工信厅中小企业处\n地址：贵阳市测试路1号' } as never,
    });
    await app.strapi.documents('api::application.application').update({
      documentId: applications[0].documentId,
      data: { status: 'public_notice', publicNoticeStartsOn: shift(-1), publicNoticeEndsOn: shift(4) } as never,
    });
    await app.strapi.documents('api::application.application').update({
      documentId: applications[1].documentId,
      data: { status: 'public_notice', publicNoticeStartsOn: shift(-10), publicNoticeEndsOn: shift(-3) } as never,
    });
  });

  it('lists only currently valid recognized clusters, filtered and paginated', async () => {
    const all = (await app.http.get('/api/public/clusters').expect(200)).body;
    const names = all.data.map((c: { name: string }) => c.name).sort();
    expect(names).toEqual(
      ['中小企业特色产业集群（仁怀市酱香白酒产业）', '中小企业特色产业集群（凯里市特色食品产业）', '中小企业特色产业集群（观山湖区大数据电子信息产业）'].sort(),
    );
    expect(all.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 3 });
    const zunyi = (await app.http.get('/api/public/clusters').query({ prefecture: '520300' }).expect(200)).body.data;
    expect(zunyi.map((c: { name: string }) => c.name)).toEqual(['中小企业特色产业集群（仁怀市酱香白酒产业）']);
    expect((await app.http.get('/api/public/clusters').query({ q: '观山湖' }).expect(200)).body.data).toHaveLength(1);
    expect((await app.http.get('/api/public/clusters').query({ industry: '白酒', industryType: 'secondary' }).expect(200)).body.data).toHaveLength(1);
    expect((await app.http.get('/api/public/clusters').query({ industryType: 'primary' }).expect(200)).body.data).toHaveLength(0);
    const page2 = (await app.http.get('/api/public/clusters').query({ page: 2, pageSize: 2 }).expect(200)).body;
    expect(page2.data).toHaveLength(1);
    expect(page2.meta.pagination).toMatchObject({ page: 2, pageCount: 2, total: 3 });
  });

  it('answers a bad query with 400 and field messages in Chinese and English, never 500', async () => {
    for (const query of ['pageSize=1000', 'page=0', 'prefecture=abc', 'industryType=fourth', 'unknown=1', 'q[$ne]=x', `q=${'长'.repeat(61)}`]) {
      const response = await app.http.get(`/api/public/clusters?${query}`).expect(400);
      expect(response.body.error.details.errors[0].message).toEqual({ zh: expect.any(String), en: expect.any(String) });
    }
    await app.http.get('/api/public/notices?x=1').expect(400);
    const page = await app.http.get('/?prefecture=abc').expect(400);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('市（州）代码应为');
    await app.http.get('/public/clusters/not-an-id').expect(404);
    await app.http.get('/api/public/recognized-lists/zzzzzzzzzzzzzzzzzzzzzzzz').expect(404);
  });

  it('answers 304 without a body to a matching If-None-Match, on the API and the page', async () => {
    for (const url of ['/api/public/clusters?prefecture=520300', '/api/public/notices', '/', `/public/clusters/${await clusterId('仁怀市')}`]) {
      const first = await app.http.get(url).expect(200);
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('public, no-cache');
      const again = await app.http.get(url).set('If-None-Match', first.headers.etag).expect(304);
      expect(again.text ?? '').toBe('');
      expect(again.headers.etag).toBe(first.headers.etag);
      await app.http.get(url).set('If-None-Match', '"something-else"').expect(200);
    }
  });

  it('the page works without JavaScript: open notices first, then the lists, with a GET filter form', async () => {
    const page = await app.http.get('/').expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const html = page.text;
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org)/);
    const notices = await app.http.get('/api/public/notices').expect(200);
    // The demo's own 公示 runs as well; the one that is over is not listed.
    expect(notices.body.data).toHaveLength(2);
    const notice = notices.body.data.find((entry: { startsOn: string; endsOn: string }) => entry.startsOn === shift(-1) && entry.endsOn === shift(4));
    expect(notice).toMatchObject({
      startsOn: shift(-1),
      endsOn: shift(4),
      callNotice: { objectionInstructions: expect.stringContaining('省工信厅中小企业处') },
    });
    expect(html.indexOf('正在公示')).toBeLessThan(html.indexOf('认定名单</h2>'));
    expect(html).toContain(notice.entries[0].clusterName);
    expect(html).toContain('省工信厅中小企业处<br>地址：贵阳市测试路1号');
    expect(html).toContain('2024年贵州省中小企业特色产业集群名单');
    expect(html).toMatch(/<form method="get" action="\/" role="search">/);
    expect(html).toContain('<label for="f-prefecture">');
    const filtered = (await app.http.get('/').query({ prefecture: '520100' }).expect(200)).text;
    expect(filtered).toContain('观山湖区大数据电子信息产业');
    expect(filtered).not.toContain('仁怀市酱香白酒产业');
    expect(filtered).toContain('<option value="520100" selected>贵阳市</option>');
  });

  it('revoked and expired clusters leave the current list; the published list keeps them with a mark', async () => {
    const renhuai = await clusterId('仁怀市');
    const guanshanhu = await clusterId('观山湖区');
    const etag = (await app.http.get('/api/public/clusters').expect(200)).headers.etag;
    await app.strapi
      .documents('api::cluster.cluster')
      .update({ documentId: renhuai, data: { status: 'revoked', revocationGround: 'false_declaration', revokedAt: today } as never });
    await app.strapi.db.query('api::cluster.cluster').updateMany({ where: { documentId: guanshanhu }, data: { status: 'expired' } });
    const current = await app.http.get('/api/public/clusters').set('If-None-Match', etag).expect(200);
    expect(current.body.data.map((c: { name: string }) => c.name)).toEqual(['中小企业特色产业集群（凯里市特色食品产业）']);
    const list = (await app.http.get(`/api/public/recognized-lists/${listId}`).expect(200)).body.data;
    const marks = Object.fromEntries(list.clusters.map((c: { documentId: string; mark: string }) => [c.documentId, c.mark]));
    expect(marks).toEqual({ [renhuai]: '已撤销', [guanshanhu]: '已过期' });
    const html = (await app.http.get('/').expect(200)).text;
    expect(html).toMatch(/仁怀市酱香白酒产业）<\/a><span class="mark">已撤销<\/span>/);
    expect(html).toMatch(/观山湖区大数据电子信息产业）<\/a><span class="mark">已过期<\/span>/);
    expect((await app.http.get(`/public/clusters/${renhuai}`).expect(200)).text).toContain('已撤销');
    // Never on a published list and no longer valid: not public at all.
    await app.http.get(`/public/clusters/${await clusterId('钟山区')}`).expect(404);
    await app.http.get(`/api/public/clusters/${await clusterId('都匀市')}`).expect(404);
    await app.http.get(`/api/public/clusters/${await clusterId('西秀区')}`).expect(404);
  });

  it('never shows drafts, cultivated clusters or private fields (contacts, declarant, form, report, ground, internal ids)', async () => {
    await createList({ year: 2026, title: '未发布的草稿名单', documentNumber: '草稿〔2026〕1号', clusterIds: [] }).expect(201);
    const text = await everything();
    const applications = (await app.strapi.db
      .query('api::application.application')
      .findMany({ select: ['contactName', 'contactPhone', 'declarantName'] })) as Array<Record<string, string | null>>;
    const secrets = [
      ...applications.flatMap((row) => [row.contactName, row.contactPhone, row.declarantName]),
      ...Object.values(clusters).map((cluster) => cluster.declarantName),
    ].filter((value): value is string => Boolean(value));
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const forbidden of [
      '未发布的草稿名单',
      '草稿〔2026〕1号',
      '西秀区蜡染服饰产业',
      'contactName',
      'contactPhone',
      'declarantName',
      '"report"',
      'verdict',
      'revocationGround',
      'false_declaration',
      '"id":',
      'cover',
      'evidence',
      '佐证材料',
    ]) {
      expect(text).not.toContain(forbidden);
    }
  });
});
