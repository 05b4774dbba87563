import fs from 'fs';
import path from 'path';
import { bootApp, type TestApp } from './helpers/strapi';

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', 'eligible.json'), 'utf8'));

let app: TestApp;
let county: string;
let noticeId: string;
let fileId: number;

/** The example's file references, pointed at a file that exists in this database. */
function withFile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item && typeof item === 'object' && typeof item.id === 'number' ? { id: fileId } : withFile(item)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFile(v)]));
  return value;
}

beforeAll(async () => {
  app = await bootApp();
  county = await app.login('county-520115@demo.local');
  const province = await app.login('province@demo.local');
  const notices = await app.as(province).get('/api/console/call-notices').expect(200);
  noticeId = notices.body[0].id;
  const file = await app.strapi.db.query('plugin::upload.file').findOne({});
  fileId = file.id;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const stripFileDetails = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripFileDetails);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'number' && 'mime' in record) return { id: record.id };
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, stripFileDetails(v)]));
  }
  return value;
};

describe('the application form over HTTP', () => {
  it('saves a draft in three partial PUTs and reads back the whole form', async () => {
    const form = withFile(example.form) as Record<string, unknown>;
    const created = await app
      .as(county)
      .post('/api/console/applications')
      .send({ callNoticeId: noticeId, form: { cover: form.cover, basic: form.basic } })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      countyCode: '520115',
      prefectureCode: '520100',
      clusterName: (form.basic as { clusterName: string }).clusterName,
    });
    const id = created.body.id;
    const sections = Object.keys(form);
    const [first, second] = [sections.slice(0, 5), sections.slice(5)];
    let version = created.body.version;
    for (const part of [first, second]) {
      const body = { form: Object.fromEntries(part.map((key) => [key, form[key]])), version };
      const saved = await app.as(county).put(`/api/console/applications/${id}`).send(body).expect(200);
      version = saved.body.version;
    }
    const read = await app.as(county).get(`/api/console/applications/${id}`).expect(200);
    const years = [2023, 2024, 2025];
    const expected = JSON.parse(JSON.stringify(form));
    for (const section of ['leadingIndustry', 'innovation', 'digital', 'green', 'openness']) {
      expected[section].years = expected[section].years.map((row: object, i: number) => ({ ...row, year: years[i] }));
    }
    expect(stripFileDetails(read.body.form)).toEqual(stripFileDetails(expected));

    const list = await app
      .as(county)
      .get('/api/console/applications')
      .query({ filter: JSON.stringify({ id: [id] }) })
      .expect(200);
    expect(list.body[0].form).toBeUndefined();
  });

  it('answers an invalid PUT with 400 and field paths, and changes nothing', async () => {
    const created = await app
      .as(county)
      .post('/api/console/applications')
      .send({ callNoticeId: noticeId, form: { basic: { clusterName: '测试集群', areaKm2: 10 } } })
      .expect(201);
    const id = created.body.id;
    const bad = await app
      .as(county)
      .put(`/api/console/applications/${id}`)
      .send({
        version: created.body.version,
        form: { basic: { areaKm2: 1.234, industryType: '第四产业' }, leadingIndustry: { chainCultivation: 'x'.repeat(201), years: [{}, {}] } },
      })
      .expect(400);
    const paths = bad.body.error.details.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining(['form.basic.areaKm2', 'form.basic.industryType', 'form.leadingIndustry.chainCultivation', 'form.leadingIndustry.years']),
    );
    const after = await app.as(county).get(`/api/console/applications/${id}`).expect(200);
    expect(after.body.form.basic).toEqual({ clusterName: '测试集群', areaKm2: 10 });
    expect(after.body.version).toBe(created.body.version);
  });

  it("sets the cover's region to the county itself on create and save, and names every open field when refusing submission", async () => {
    const created = await app
      .as(county)
      .post('/api/console/applications')
      .send({ callNoticeId: noticeId, form: { basic: { clusterName: '地区测试集群' } } })
      .expect(201);
    const id = created.body.id;
    const read = await app.as(county).get(`/api/console/applications/${id}`).expect(200);
    expect(read.body.form.cover).toEqual({ region: { city: '520100', county: '520115' } });
    // A cover sent with another region (or none) is saved with the county's own.
    const saved = await app
      .as(county)
      .put(`/api/console/applications/${id}`)
      .send({ version: read.body.version, form: { cover: { contact: '王敏 0851-84813216', region: { city: '520300', county: '520382' } } } })
      .expect(200);
    const after = await app.as(county).get(`/api/console/applications/${id}`).expect(200);
    expect(after.body.form.cover).toEqual({ contact: '王敏 0851-84813216', region: { city: '520100', county: '520115' } });

    const refused = await app.as(county).post(`/api/applications/${id}/transitions`).send({ action: 'submit', version: saved.body.version }).expect(422);
    const errors: Array<{ path: string; message: { zh: string; en: string } }> = refused.body.error.details.errors;
    expect(refused.body.error.message).toContain(`申报表尚有 ${errors.length} 项`);
    const paths = errors.map((e) => e.path);
    expect(paths).not.toContain('form.cover.region.city');
    expect(paths).toContain('form.cover.submittedOn');
    expect(errors.find((e) => e.path === 'form.leadingIndustry.years.0.totalOutput')?.message).toEqual({
      zh: '二、主导产业情况 · 集群总产值（亿元）（2023年）：必填项未填写（无内容请填“无”）',
      en: '二、主导产业情况 · 集群总产值（亿元）（2023年）: Required field is blank (write “无” when nothing applies)',
    });
    // Target rows are named by their printed row and addressed as the console's inputs are.
    expect(errors.find((e) => e.path === 'form.plan.targets.1.target')?.message.zh).toBe(
      '八、未来三年中小企业特色产业集群发展规划 · 主导产业 · 优质中小企业数量 · 2028年目标值：必填项未填写（无内容请填“无”）',
    );
    expect((await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body.status).toBe('draft');
  });

  it('keeps other counties out and refuses edits once submitted', async () => {
    const other = await app.login('county-520402@demo.local');
    const mine = await app.as(county).get('/api/console/applications').expect(200);
    await app.as(other).get(`/api/console/applications/${mine.body[0].id}`).expect(404);
    await app.as(other).put(`/api/console/applications/${mine.body[0].id}`).send({ form: {} }).expect(404);
    const province = await app.login('province@demo.local');
    const submitted = await app
      .as(province)
      .get('/api/console/applications')
      .query({ filter: JSON.stringify({ status: 'province_review' }) })
      .expect(200);
    const owner = await app.login(`county-${submitted.body[0].countyCode}@demo.local`);
    await app
      .as(owner)
      .put(`/api/console/applications/${submitted.body[0].id}`)
      .send({ form: { basic: { areaKm2: 1 } }, version: submitted.body[0].version })
      .expect(409);
  });
});
