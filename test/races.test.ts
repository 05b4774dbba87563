import fs from 'fs';
import path from 'path';
import { bootApp, type TestApp } from './helpers/strapi';
import { toCityReviewWithOpinion, withFile } from './helpers/applications';

/**
 * Concurrent requests on the same record, sent together (SQLite, and PostgreSQL with TEST_DB=postgres,
 * where they really run in parallel transactions): exactly one wins, the other is refused and
 * nothing is written twice.
 */
jest.setTimeout(180_000);

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', 'eligible.json'), 'utf8'));
const APPLICATION = 'api::application.application';
const AUDIT = 'api::audit-event.audit-event';
const RECOMMENDED_OR_BEYOND = ['recommended', 'province_review', 'shortlisted', 'public_notice', 'recognized'];

let app: TestApp;
let county: string;
let city: string;
let province: string;
let noticeId: string;
let form: unknown;
let fileId: number;

beforeAll(async () => {
  app = await bootApp();
  [county, city, province] = await Promise.all(['county-520115@demo.local', 'city-520100@demo.local', 'province@demo.local'].map((email) => app.login(email)));
  noticeId = (await app.as(province).get('/api/console/call-notices').expect(200)).body[0].id;
  fileId = (await app.strapi.db.query('plugin::upload.file').findOne({})).id;
  form = withFile(example.form, fileId);
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

const transition = (jwt: string, id: string, action: string, comment = '') => app.as(jwt).post(`/api/applications/${id}/transitions`).send({ action, comment });
const statuses = (responses: Array<{ status: number }>) => responses.map((r) => r.status).sort();

async function evaluatedDraft(): Promise<string> {
  const id = (await app.as(county).post('/api/console/applications').send({ callNoticeId: noticeId, form }).expect(201)).body.id as string;
  await app.as(county).post(`/api/applications/${id}/evaluate`).expect(200);
  return id;
}

async function inCityReviewWithOpinion(): Promise<string> {
  const id = (await app.as(county).post('/api/console/applications').send({ callNoticeId: noticeId, form }).expect(201)).body.id as string;
  await toCityReviewWithOpinion(app, { county, city }, id, fileId);
  return id;
}

it('two identical transitions at once: one 200, one 409, one audit event', async () => {
  const id = await evaluatedDraft();
  const answers = await Promise.all([transition(county, id, 'submit'), transition(county, id, 'submit')]);
  expect(statuses(answers)).toEqual([200, 409]);
  expect(await app.strapi.db.query(AUDIT).count({ where: { subjectId: id, action: 'submit' } })).toBe(1);
  expect((await app.strapi.db.query(APPLICATION).findOne({ where: { documentId: id } })).status).toBe('submitted');
});

it('two saves of the same version at once: one 200, one 409, the version moves by one', async () => {
  const id = await evaluatedDraft();
  const { version } = (await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body;
  const save = (name: string) =>
    app
      .as(county)
      .put(`/api/console/applications/${id}`)
      .send({ form: { basic: { ...(form as { basic: object }).basic, clusterName: name } }, version });
  const answers = await Promise.all([save('甲集群'), save('乙集群')]);
  expect(statuses(answers)).toEqual([200, 409]);
  const winner = answers.find((a) => a.status === 200)!.body.clusterName;
  const stored = await app.strapi.db.query(APPLICATION).findOne({ where: { documentId: id } });
  expect({ version: stored.version, clusterName: stored.clusterName }).toEqual({ version: version + 1, clusterName: winner });
  expect(await app.strapi.db.query(AUDIT).count({ where: { subjectId: id, action: 'update' } })).toBe(1);
});

it('the last place of a city quota: of two recommendations at once exactly one takes it', async () => {
  const [first, second] = [await inCityReviewWithOpinion(), await inCityReviewWithOpinion()];
  const used = await app.strapi.db
    .query(APPLICATION)
    .count({ where: { callNotice: { documentId: noticeId }, prefecture: { code: '520100' }, status: { $in: RECOMMENDED_OR_BEYOND } } });
  const notice = (await app.as(province).get(`/api/console/call-notices/${noticeId}`).expect(200)).body;
  const { id: _id, updatedAt: _updatedAt, ...fields } = notice;
  await app
    .as(province)
    .put(`/api/console/call-notices/${noticeId}`)
    .send({ ...fields, cityQuotaMax: used + 1 })
    .expect(200);
  const answers = await Promise.all([transition(city, first, 'recommend'), transition(city, second, 'recommend')]);
  expect(statuses(answers)).toEqual([200, 422]);
  expect(answers.find((a) => a.status === 422)!.body.error.message).toMatch(/推荐名额已用完/);
  expect(await app.strapi.db.query(APPLICATION).count({ where: { documentId: { $in: [first, second] }, status: 'recommended' } })).toBe(1);
});
