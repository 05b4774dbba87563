import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { bootApp, createTestDatabase, type TestApp, type TestDatabase } from './helpers/strapi';
import { installAppendOnly } from '../cms/src/security/append-only';
import { withFile } from './helpers/applications';

/**
 * Integrity (issue 19): queries that cannot reach the database's operators, authentication that
 * tells nothing about accounts, records that are deleted and created only as their workflow
 * allows, and an audit trail that is written with the change, cannot be rewritten through the
 * database and shows it when it was (`npm run audit:verify`). SQLite, and PostgreSQL with TEST_DB=postgres.
 */
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');
const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules', 'examples', 'eligible.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-integrity-test-'));
const MAX_ATTEMPTS = 4;

let database: TestDatabase;
let app: TestApp;
const jwt: Record<string, string> = {};
let noticeId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await bootApp({ database, env: { LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS) } });
  for (const [key, email] of Object.entries({ county: 'county-520115@demo.local', city: 'city-520100@demo.local', province: 'province@demo.local' })) {
    jwt[key] = await app.login(email);
  }
  noticeId = (await app.as(jwt.province).get('/api/console/call-notices').expect(200)).body[0].id;
  form = withFile(example.form, (await app.strapi.db.query('plugin::upload.file').findOne({})).id) as Record<string, unknown>;
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await database?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

const postgres = () => database.env.DATABASE_CLIENT === 'postgres';
const raw = async (sql: string): Promise<Array<Record<string, unknown>>> => {
  const result = (await app.strapi.db.connection.raw(sql)) as { rows?: Array<Record<string, unknown>> } | Array<Record<string, unknown>>;
  return Array.isArray(result) ? result : (result.rows ?? []);
};
const countOf = (uid: string, where: object = {}) => app.strapi.db.query(uid as never).count({ where });
const APPLICATION = 'api::application.application';
const AUDIT = 'api::audit-event.audit-event';

function expectBilingual400(response: { status: number; body: { error?: { details?: { errors?: Array<{ message: { zh: string; en: string } }> } } } }): void {
  expect(response.status).toBe(400);
  const [error] = response.body.error!.details!.errors!;
  expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(error.message.en).toMatch(/[A-Za-z]/);
}

let form: Record<string, unknown>;

const createDraft = (body: unknown = form) => app.as(jwt.county).post('/api/console/applications').send({ callNoticeId: noticeId, form: body });

describe('queries reach only the resource’s own filters', () => {
  const lists = ['/api/console/applications', '/api/console/audit-events', '/api/applications/export.xlsx'];
  const filters = [
    '{"constructor":"x"}',
    '{"toString":"x"}',
    '{"hasOwnProperty":"x"}',
    '{"valueOf":"x"}',
    '{"countyCode":{"$ne":"x"}}',
    '{"countyCode":{"$in":["520115"]}}',
    '{"status":{"$null":true}}',
    '{"$or":[{"status":"draft"}]}',
    '{"countyCode":[{"$ne":"x"}]}',
    '{"q":{"$ne":"x"}}',
    // Values that do not fit the column (found by the fuzz test: the driver threw).
    '{"callYear":true}',
    '{"callYear":"2026-02-30"}',
    '{"countyCode":false}',
  ];

  it.each(lists)('%s: an inherited name, an operator object or an unknown key is a zh/en 400', async (list) => {
    for (const filter of filters) expectBilingual400(await app.as(jwt.province).get(list).query({ filter }));
    for (const sort of ['["constructor","ASC"]', '["__proto__","DESC"]', '["toString","ASC"]'])
      expectBilingual400(await app.as(jwt.province).get(list).query({ sort }));
    // The filters the console sends still work.
    await app
      .as(jwt.province)
      .get(list)
      .query({ filter: JSON.stringify({ prefectureCode: '520100', countyCode: ['520102', '520115'] }) })
      .expect(200);
  });

  it('a body nested deeper than the limit is a zh/en 400, on create and update, and writes nothing', async () => {
    // Written as text: JSON.stringify itself overflows on such a value.
    const deep = `${'{"a":'.repeat(20_000)}"x"${'}'.repeat(20_000)}`;
    const before = await countOf(APPLICATION);
    const json = (text: string) => ({ text, type: 'application/json' });
    const send = (request: ReturnType<TestApp['http']['post']>, body: { text: string }) => request.set('Content-Type', 'application/json').send(body.text);
    expectBilingual400(await send(app.as(jwt.county).post('/api/console/applications'), json(`{"callNoticeId":"${noticeId}","form":${deep}}`)));
    const id = (await createDraft().expect(201)).body.id;
    expectBilingual400(await send(app.as(jwt.county).put(`/api/console/applications/${id}`), json(`{"form":{"basic":${deep}},"version":0}`)));
    expectBilingual400(await send(app.as(jwt.province).post('/api/console/call-notices'), json(`{"title":${'['.repeat(5_000)}${']'.repeat(5_000)}}`)));
    expect(await countOf(APPLICATION)).toBe(before + 1);
  });
});

describe('authentication tells nothing about accounts', () => {
  it('forgot-password and reset-password answer one fixed 403, known address or not', async () => {
    const known = await app.http.post('/api/auth/forgot-password').send({ email: 'county-520115@demo.local' });
    const unknown = await app.http.post('/api/auth/forgot-password').send({ email: 'nobody@example.com' });
    expect(known.status).toBe(403);
    expect(unknown.status).toBe(403);
    expect(known.body).toEqual(unknown.body);
    expect(known.body.error.message).toMatch(/省工业和信息化厅重置.* \/ Passwords are reset by the province/);
    const reset = await app.http.post('/api/auth/reset-password').send({ code: 'x', password: 'Abcdefgh12', passwordConfirmation: 'Abcdefgh12' });
    expect(reset.status).toBe(403);
    expect(reset.body).toEqual(known.body);
  });

  it('one failed-login counter per account, whether named by e-mail or username in any case', async () => {
    const names = ['county-520201@demo.local', 'county-520201', 'COUNTY-520201@demo.local', 'County-520201'];
    for (const identifier of names) await app.http.post('/api/auth/local').send({ identifier, password: 'wrong-password-1' }).expect(400);
    expect(names.length).toBe(MAX_ATTEMPTS);
    const blocked = await app.http.post('/api/auth/local').send({ identifier: 'county-520201', password: 'Demo-Pass-2026' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/登录尝试次数过多/);
    // Another account is not affected.
    await app.login('city-520300@demo.local');
  });

  it('no X-Powered-By on any answer', async () => {
    for (const url of ['/api/console/applications', '/console/', '/api/public/clusters', '/nothing-here']) {
      const response = await app.http.get(url);
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('deletion follows the workflow', () => {
  it('a county deletes its draft that was never submitted; the audit event keeps the whole record', async () => {
    const id = (await createDraft().expect(201)).body.id;
    const deleted = await app.as(jwt.county).delete(`/api/console/applications/${id}`).expect(200);
    expect(deleted.body.id).toBe(id);
    expect(await countOf(APPLICATION, { documentId: id })).toBe(0);
    const event = (await app.strapi.db.query(AUDIT).findOne({ where: { subjectId: id, action: 'delete' } })) as {
      details: { record: { clusterName: string; form: { basic: { clusterName: string } } } };
    };
    expect(event.details.record.clusterName).toBe(example.form.basic.clusterName);
    expect(event.details.record.form.basic.clusterName).toBe(example.form.basic.clusterName);
  });

  it('anything else is a 409 with the reason, and nothing is deleted', async () => {
    const id = (await createDraft().expect(201)).body.id;
    await app.as(jwt.county).post(`/api/applications/${id}/evaluate`).expect(200);
    await app.as(jwt.county).post(`/api/applications/${id}/transitions`).send({ action: 'submit' }).expect(200);
    const submitted = await app.as(jwt.county).delete(`/api/console/applications/${id}`).expect(409);
    expect(submitted.body.error.message).toMatch(/只能删除从未提交过的草稿.* \/ Only a draft that was never submitted/);
    // Returned to the county: a draft again for editing, but it was submitted once and stays on record.
    await app.as(jwt.city).post(`/api/applications/${id}/transitions`).send({ action: 'return', comment: '请补充材料' }).expect(200);
    await app.as(jwt.county).delete(`/api/console/applications/${id}`).expect(409);
    expect(await countOf(APPLICATION, { documentId: id })).toBe(1);
  });

  it('the province archives: the record stays, leaves every list and read, and its event keeps the content', async () => {
    const id = (await createDraft().expect(201)).body.id;
    await app.as(jwt.province).delete(`/api/console/applications/${id}`).expect(200);
    const kept = (await app.strapi.db.query(APPLICATION).findOne({ where: { documentId: id } })) as { archivedAt: string | null; clusterName: string };
    expect(kept.archivedAt).not.toBeNull();
    expect(kept.clusterName).toBe(example.form.basic.clusterName);
    for (const who of ['province', 'county']) {
      const list = await app.as(jwt[who]).get('/api/console/applications').query({ range: '[0,499]' }).expect(200);
      expect(list.body.map((row: { id: string }) => row.id)).not.toContain(id);
      await app.as(jwt[who]).get(`/api/console/applications/${id}`).expect(404);
    }
    await app.as(jwt.county).post(`/api/applications/${id}/transitions`).send({ action: 'submit' }).expect(404);
    const event = (await app.strapi.db.query(AUDIT).findOne({ where: { subjectId: id, action: 'archive' } })) as {
      actorRole: string;
      details: { record: { form: unknown } };
    };
    expect(event.actorRole).toBe('province_admin');
    expect(event.details.record.form).toMatchObject({ basic: { clusterName: example.form.basic.clusterName } });
  });
});

describe('the same rules on create as on update', () => {
  it('a county cannot write the city’s recommendation when creating', async () => {
    const before = await countOf(APPLICATION);
    const response = await createDraft({ ...form, recommendation: { opinion: '同意推荐' } });
    expectBilingual400(response);
    expect(response.body.error.details.errors[0].path).toBe('form.recommendation');
    expect(await countOf(APPLICATION)).toBe(before);
  });

  it('a draft or closed call notice is invisible to counties and refused on create and submit', async () => {
    const notice = (await app.as(jwt.province).get(`/api/console/call-notices/${noticeId}`).expect(200)).body;
    const draft = await app
      .as(jwt.province)
      .post('/api/console/call-notices')
      .send({
        year: 2099,
        title: '2099年度申报通知（草稿）',
        opensOn: notice.opensOn,
        closesOn: notice.closesOn,
        cityRecommendationDeadline: notice.cityRecommendationDeadline,
        status: 'draft',
      })
      .expect(201);
    const visible = async () => (await app.as(jwt.county).get('/api/console/call-notices').expect(200)).body.map((row: { id: string }) => row.id);
    expect(await visible()).toEqual([noticeId]);
    await app.as(jwt.county).get(`/api/console/call-notices/${draft.body.id}`).expect(404);
    const before = await countOf(APPLICATION);
    const refused = await app.as(jwt.county).post('/api/console/applications').send({ callNoticeId: draft.body.id, form }).expect(422);
    expect(refused.body.error.message).toMatch(/申报通知未发布或已关闭.* \/ The call notice is not published/);

    // A draft under the open notice, then the province closes the notice.
    const id = (await createDraft().expect(201)).body.id;
    await app.as(jwt.county).post(`/api/applications/${id}/evaluate`).expect(200);
    const { title, documentNumber, opensOn, closesOn, cityRecommendationDeadline, cityQuotaMin, cityQuotaMax, publicNoticeDays, year } = notice;
    const fields = { year, title, documentNumber, opensOn, closesOn, cityRecommendationDeadline, cityQuotaMin, cityQuotaMax, publicNoticeDays };
    await app
      .as(jwt.province)
      .put(`/api/console/call-notices/${noticeId}`)
      .send({ ...fields, status: 'closed' })
      .expect(200);
    try {
      expect(await visible()).toEqual([]);
      await app.as(jwt.county).post('/api/console/applications').send({ callNoticeId: noticeId, form }).expect(422);
      const submit = await app.as(jwt.county).post(`/api/applications/${id}/transitions`).send({ action: 'submit' }).expect(422);
      expect(submit.body.error.message).toMatch(/申报通知未发布或已关闭/);
      expect((await app.strapi.db.query(APPLICATION).findOne({ where: { documentId: id } })).status).toBe('draft');
      expect(await countOf(APPLICATION)).toBe(before + 1);
    } finally {
      await app
        .as(jwt.province)
        .put(`/api/console/call-notices/${noticeId}`)
        .send({ ...fields, status: 'published' })
        .expect(200);
    }
  });
});

describe('the audit trail', () => {
  it('is written in the writer’s transaction: when the event cannot be written, the change is not either', async () => {
    const before = await countOf(APPLICATION);
    const table = 'audit_events';
    if (postgres()) await raw(`CREATE TRIGGER refuse_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`);
    else await raw(`CREATE TRIGGER refuse_insert BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    try {
      const response = await createDraft();
      expect(response.status).toBeGreaterThanOrEqual(500);
    } finally {
      await raw(`DROP TRIGGER refuse_insert${postgres() ? ` ON ${table}` : ''}`);
    }
    expect(await countOf(APPLICATION)).toBe(before);
    await createDraft().expect(201);
    expect(await countOf(APPLICATION)).toBe(before + 1);
  });

  it('the database refuses to update or delete an event, the triggers install again on every start', async () => {
    await installAppendOnly(app.strapi);
    const [{ id }] = await raw('SELECT id FROM audit_events ORDER BY id LIMIT 1');
    await expect(raw(`UPDATE audit_events SET comment = 'forged' WHERE id = ${Number(id)}`)).rejects.toThrow(/append-only/);
    await expect(raw(`DELETE FROM audit_events WHERE id = ${Number(id)}`)).rejects.toThrow(/append-only/);
    await expect(app.strapi.db.query(AUDIT).deleteMany({ where: {} })).rejects.toThrow(/append-only/);
    if (postgres()) await expect(raw('TRUNCATE audit_events CASCADE')).rejects.toThrow(/append-only/);
    expect(await countOf(AUDIT, { id })).toBe(1);
  });

  /** `npm run audit:verify` as the operator runs it (compiled by the test setup). */
  const verify = () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'cms', 'dist', 'scripts', 'audit-verify.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...database.env, ENV_PATH: path.join(work, 'no.env') },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('chains every event to the one before; audit:verify names an event changed behind the app’s back', async () => {
    // Concurrent writers each append after the last committed event.
    await Promise.all(Array.from({ length: 6 }, () => createDraft().expect(201)));
    const whole = verify();
    expect(whole).toMatchObject({ status: 0 });
    expect(whole.output).toMatch(/\d+ events, the hash chain is whole/);
    const events = await countOf(AUDIT);
    expect(events).toBeGreaterThan(10);

    const [victim] = await raw("SELECT id, comment FROM audit_events WHERE action = 'return' ORDER BY id LIMIT 1");
    const table = 'audit_events';
    await raw(postgres() ? `DROP TRIGGER ${table}_append_only ON ${table}` : `DROP TRIGGER ${table}_no_update`);
    try {
      await raw(`UPDATE audit_events SET comment = '材料齐全' WHERE id = ${Number(victim.id)}`);
      const broken = verify();
      expect(broken.status).toBe(1);
      expect(broken.output).toMatch(new RegExp(`the chain breaks at event id ${Number(victim.id)} .*its content does not match its hash`));
      console.log(`audit:verify after the change by SQL:\n${broken.output}`);
      await raw(`UPDATE audit_events SET comment = '${String(victim.comment)}' WHERE id = ${Number(victim.id)}`);
    } finally {
      await installAppendOnly(app.strapi);
    }
    expect(verify()).toMatchObject({ status: 0 });
  });
});

describe('the Strapi admin panel changes content, never workflow state or the trail', () => {
  let adminJwt: string;
  const cm = (uid: string, documentId = '') => `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
  const asAdmin = {
    get: (url: string) => app.http.get(url).set('Authorization', `Bearer ${adminJwt}`),
    post: (url: string) => app.http.post(url).set('Authorization', `Bearer ${adminJwt}`),
    put: (url: string) => app.http.put(url).set('Authorization', `Bearer ${adminJwt}`),
    delete: (url: string) => app.http.delete(url).set('Authorization', `Bearer ${adminJwt}`),
  };
  beforeAll(async () => {
    adminJwt = (await app.http.post('/admin/login').send({ email: 'admin@demo.local', password: 'Demo-Pass-2026' }).expect(200)).body.data.token;
  });

  it('audit events, job runs and expert score sheets are read-only: create, update and delete refused in Chinese', async () => {
    const events = await countOf(AUDIT);
    const [event] = (await app.strapi.db.query(AUDIT).findMany({ limit: 1 })) as Array<{ documentId: string; comment: string | null }>;
    const forged = await asAdmin
      .post(cm(AUDIT))
      .send({ at: new Date().toISOString(), actorRole: 'province_admin', action: 'recognize', subjectType: 'application', subjectId: 'x' });
    expect(forged.status).toBe(403);
    expect(forged.body.error.message).toMatch(/审计记录只读/);
    expect((await asAdmin.put(cm(AUDIT, event.documentId)).send({ comment: 'forged' })).status).toBe(403);
    expect((await asAdmin.delete(cm(AUDIT, event.documentId))).status).toBe(403);
    expect((await asAdmin.post(`${cm(AUDIT)}/actions/bulkDelete`).send({ documentIds: [event.documentId] })).status).toBe(403);
    expect(await countOf(AUDIT)).toBe(events);
    expect(((await app.strapi.db.query(AUDIT).findOne({ where: { documentId: event.documentId } })) as { comment: string | null }).comment).toBe(event.comment);
    for (const uid of ['api::job-run.job-run', 'api::expert-review.expert-review']) {
      const refused = await asAdmin.post(cm(uid)).send({});
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/只读/);
    }
  });

  it('workflow fields are refused with their Chinese names; content edits pass and are audited old → new in their transaction', async () => {
    const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { status: 'recognized' } })) as {
      documentId: string;
      name: string;
      validUntil: string;
      status: string;
    };
    const validity = await asAdmin.put(cm('api::cluster.cluster', cluster.documentId)).send({ validUntil: '2040-12-31' });
    expect(validity.status).toBe(403);
    expect(validity.body.error.message).toMatch(/集群的“有效期至”只能通过业务流程变更 \/ Workflow fields change only through the workflow: validUntil/);
    const revocation = await asAdmin.put(cm('api::cluster.cluster', cluster.documentId)).send({ revokedAt: '2026-01-01', recognizedAt: '2020-01-01' });
    expect(revocation.status).toBe(403);
    expect(revocation.body.error.message).toMatch(/“认定日期”、“撤销日期”/);
    // `status` in a content-manager body is Strapi's draft/published switch: refused before any write.
    const state = await asAdmin.put(cm('api::cluster.cluster', cluster.documentId)).send({ status: 'expired' });
    expect(state.status).toBeGreaterThanOrEqual(400);
    expect(state.status).toBeLessThan(500);
    const stored = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { documentId: cluster.documentId } })) as typeof cluster & {
      revokedAt: string | null;
    };
    expect({ validUntil: stored.validUntil, status: stored.status, revokedAt: stored.revokedAt }).toEqual({
      validUntil: cluster.validUntil,
      status: cluster.status,
      revokedAt: null,
    });

    const application = (await app.strapi.db.query(APPLICATION).findOne({ where: { status: 'draft' } })) as { documentId: string };
    const verdict = await asAdmin.put(cm(APPLICATION, application.documentId)).send({ verdict: 'eligible', report: { forged: true } });
    expect(verdict.status).toBe(403);
    expect(verdict.body.error.message).toMatch(/申报的“核验结论”、“规则核验报告”只能通过业务流程变更/);
    expect((await asAdmin.delete(cm(APPLICATION, application.documentId))).status).toBe(403);
    expect(await countOf(APPLICATION, { documentId: application.documentId, status: 'draft' })).toBe(1);

    // The same workflow values sent back unchanged (as the edit form does) and a content correction: accepted and audited.
    const renamed = `${cluster.name}（更正）`;
    await asAdmin.put(cm('api::cluster.cluster', cluster.documentId)).send({ name: renamed, validUntil: cluster.validUntil }).expect(200);
    const event = (await app.strapi.db.query(AUDIT).findOne({ where: { subjectId: cluster.documentId, action: 'admin.update' } })) as {
      actorRole: string;
      details: { by: { email: string }; changes: Array<{ field: string; from: unknown; to: unknown }> };
    };
    expect(event.actorRole).toBe('strapi_admin');
    expect(event.details.by.email).toBe('admin@demo.local');
    expect(event.details.changes).toEqual([{ field: 'name', from: cluster.name, to: renamed }]);
  });
});
