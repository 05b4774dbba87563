import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { NATIONAL_SUMMARY_COLUMNS } from '@sme-cluster/rules';
import { bootApp, type TestApp } from './helpers/strapi';
import { withFile } from './helpers/applications';

/**
 * 拟推荐国家级 (national recommendation): the province marks recognized applications of a call within
 * the call's national quota, and the recommendation package holds exactly the marked ones.
 */
jest.setTimeout(240_000);

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', 'eligible.json'), 'utf8'));
const UID = 'api::application.application';

let app: TestApp;
let county: string;
let city: string;
let otherCity: string;
let province: string;
let expert: string;
let noticeId: string;
let callYear: number;
let fileId: number;
const recognized: string[] = [];

const mark = (jwt: string, id: string, version?: number) =>
  app
    .as(jwt)
    .post(`/api/applications/${id}/transitions`)
    .send({ action: 'markNational', ...(version === undefined ? {} : { version }) });
const unmark = (id: string, comment: string) => app.as(province).post(`/api/applications/${id}/transitions`).send({ action: 'unmarkNational', comment });
const markedCount = () => app.strapi.db.query(UID).count({ where: { callNotice: { documentId: noticeId }, nationalRecommended: true } });
const marks = () => app.strapi.db.query('api::audit-event.audit-event').count({ where: { action: { $in: ['markNational', 'unmarkNational'] } } });

/** An application of the demo call with its own cluster name, arranged as recognized (its 公示 over). */
async function recognizedApplication(index: number): Promise<string> {
  const form = withFile(example.form, fileId) as { basic: Record<string, unknown> };
  form.basic = { ...form.basic, clusterName: `中小企业特色产业集群（观山湖区测试${index}号产业）` };
  const created = await app.as(county).post('/api/console/applications').send({ callNoticeId: noticeId, form }).expect(201);
  await app.strapi.db.query(UID).update({ where: { documentId: created.body.id }, data: { status: 'recognized' } });
  return created.body.id;
}

beforeAll(async () => {
  app = await bootApp();
  [county, city, otherCity, province, expert] = await Promise.all(
    ['county-520115@demo.local', 'city-520100@demo.local', 'city-520300@demo.local', 'province@demo.local', 'expert1@demo.local'].map((email) =>
      app.login(email),
    ),
  );
  const notice = (await app.as(province).get('/api/console/call-notices').expect(200)).body[0];
  noticeId = notice.id;
  callYear = notice.year;
  fileId = (await app.strapi.db.query('plugin::upload.file').findOne({})).id;
  for (let i = 1; i <= 10; i += 1) recognized.push(await recognizedApplication(i));
}, 240_000);
afterAll(async () => {
  await app?.stop();
});

describe('who may mark', () => {
  it('a call notice carries a national quota of 8 unless the province sets another', async () => {
    expect((await app.as(province).get(`/api/console/call-notices/${noticeId}`).expect(200)).body.nationalQuota).toBe(8);
  });

  it('only the province: the city and the county get 403, a city elsewhere 404, an expert 403, and nothing changes', async () => {
    const [id] = recognized;
    await mark(city, id).expect(403);
    await mark(county, id).expect(403);
    await mark(otherCity, id).expect(404);
    await mark(expert, id).expect(403);
    expect(await markedCount()).toBe(0);
    expect(await marks()).toBe(0);
    // The city sees the application, and no button to mark it.
    expect((await app.as(city).get(`/api/console/applications/${id}`).expect(200)).body.allowedActions).toEqual([]);
  });

  it('only a recognized application: one still in its 公示 answers 409', async () => {
    const id = await recognizedApplication(99);
    await app.strapi.db.query(UID).update({ where: { documentId: id }, data: { status: 'public_notice' } });
    await mark(province, id).expect(409);
    expect(await markedCount()).toBe(0);
  });
});

describe('marking within the quota', () => {
  it('marks, audits and offers the unmark; marking again answers 409', async () => {
    const [id] = recognized;
    const before = (await app.as(province).get(`/api/console/applications/${id}`).expect(200)).body;
    expect(before.allowedActions).toEqual(['markNational']);
    const marked = await mark(province, id, before.version).expect(200);
    expect(marked.body).toMatchObject({ status: 'recognized', nationalRecommended: true, allowedActions: ['unmarkNational'] });
    await mark(province, id).expect(409);
    const [event] = await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { action: 'markNational', subjectId: id } });
    expect(event).toMatchObject({
      actorRole: 'province_admin',
      fromState: 'recognized',
      toState: 'recognized',
      details: { national: { quota: 8, marked: 1 } },
    });
  });

  it('unmarks only with a reason, audited', async () => {
    const [id] = recognized;
    const refused = await unmark(id, '').expect(400);
    expect(refused.body.error.details.errors[0]).toMatchObject({ path: 'comment', message: { zh: '请填写理由', en: 'Give the reason' } });
    const unmarked = await unmark(id, '主导产业产值数据待核实').expect(200);
    expect(unmarked.body).toMatchObject({ nationalRecommended: false, allowedActions: ['markNational'] });
    const [event] = await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { action: 'unmarkNational', subjectId: id } });
    expect(event.comment).toBe('主导产业产值数据待核实');
    expect(await markedCount()).toBe(0);
  });

  it('the 8th mark takes the last place; the 9th answers 422 in Chinese and English and changes nothing', async () => {
    for (const id of recognized.slice(0, 8)) await mark(province, id).expect(200);
    expect(await markedCount()).toBe(8);
    const ninth = recognized[8];
    const before = (await app.as(province).get(`/api/console/applications/${ninth}`).expect(200)).body;
    const events = await marks();
    const refused = await mark(province, ninth).expect(422);
    expect(refused.body.error.message).toMatch(/推荐国家级名额已用完（8 个）.*\/ The national quota of 8 for this call is used up/);
    const after = (await app.as(province).get(`/api/console/applications/${ninth}`).expect(200)).body;
    expect(after).toMatchObject({ nationalRecommended: false, version: before.version });
    expect(await marks()).toBe(events);
    expect(await markedCount()).toBe(8);
  });

  it('the list shows and filters 拟推荐国家级', async () => {
    const list = await app
      .as(province)
      .get('/api/console/applications')
      .query({ filter: JSON.stringify({ nationalRecommended: true }), range: '[0,99]' })
      .expect(200);
    expect(list.body.map((row: { id: string }) => row.id).sort()).toEqual(recognized.slice(0, 8).sort());
    expect(list.body.every((row: { nationalRecommended: boolean }) => row.nationalRecommended)).toBe(true);
  });

  it('two marks racing for the last place: one wins, the other is refused, and the quota holds', async () => {
    await unmark(recognized[7], '让出名额').expect(200);
    expect(await markedCount()).toBe(7);
    const events = await marks();
    const answers = await Promise.all([mark(province, recognized[8]), mark(province, recognized[9])]);
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses[0]).toBe(200);
    expect([409, 422]).toContain(statuses[1]);
    expect(await markedCount()).toBe(8);
    expect(await marks()).toBe(events + 1);
  });
});

describe('the recommendation package', () => {
  it('is the province’s only: the city gets 403', async () => {
    await app.as(city).get('/api/applications/recommendation-package.zip').query({ callYear }).expect(403);
  });

  it('holds exactly the marked applications, its 推荐汇总表 with the national columns', async () => {
    const response = await app
      .as(province)
      .get('/api/applications/recommendation-package.zip')
      .query({ callYear })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const zip = await JSZip.loadAsync(response.body as Buffer);
    const pdfs = Object.keys(zip.files).filter((name) => name.endsWith('.pdf'));
    expect(pdfs).toHaveLength(8);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await zip.file(`${callYear}年推荐汇总表.xlsx`)!.async('nodebuffer')) as never);
    const sheet = workbook.getWorksheet('推荐汇总表')!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([...NATIONAL_SUMMARY_COLUMNS]);
    const rows = Array.from({ length: sheet.rowCount - 2 }, (_, i) => (sheet.getRow(i + 3).values as unknown[]).slice(1));
    expect(rows).toHaveLength(8);

    const marked = (await app.strapi.db.query(UID).findMany({ where: { nationalRecommended: true }, select: ['clusterName'] })) as Array<{
      clusterName: string;
    }>;
    expect(rows.map((row) => row[1]).sort()).toEqual(marked.map((m) => m.clusterName).sort());
    const years = example.form.leadingIndustry.years;
    const last = years[years.length - 1];
    const share = last.leadingIndustryShare;
    const [first] = rows;
    expect(first[0]).toBe(1);
    expect(first.slice(2)).toEqual([
      '贵州省/贵阳市/观山湖区',
      expect.any(String),
      example.form.basic.operator.name,
      last.totalOutput,
      Math.round(last.totalOutput * share) / 100,
      share,
      last.smeCount,
      last.specializedSmeCount,
      undefined, // no expert has scored these applications
      example.form.cover.contact,
    ]);
  });
});
