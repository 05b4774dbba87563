import { bootApp, DEMO_PASSWORD, type TestApp } from './helpers/strapi';

jest.setTimeout(60_000);

/**
 * Two saves of the settings at the same moment must not both become the same version: the later one
 * either waits and becomes the version after (SQLite runs one write transaction at a time) or is
 * refused with 409 (PostgreSQL, where both read the same version and only one claims the next).
 */
const UID = 'api::setting.setting';

let app: TestApp;
let adminJwt: string;

const storedVersion = async () => Number(((await app.strapi.db.query(UID as never).findOne({ select: ['version'] })) as { version: number }).version);
const settingsAudit = () =>
  app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { subjectType: 'settings' }, orderBy: { id: 'asc' } }) as Promise<
    Array<{ toState: string; details: { version: { from: number; to: number } } }>
  >;
const adminPanel = {
  get: () => app.http.get(`/content-manager/single-types/${UID}`).set('Authorization', `Bearer ${adminJwt}`),
  put: (body: Record<string, unknown>) => app.http.put(`/content-manager/single-types/${UID}`).set('Authorization', `Bearer ${adminJwt}`).send(body),
};

beforeAll(async () => {
  app = await bootApp();
  const login = await app.http.post('/admin/login').send({ email: 'admin@demo.local', password: DEMO_PASSWORD });
  expect(login.status).toBe(200);
  adminJwt = login.body.data.token;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

/** Every save since `fromVersion` took its own version, one after the other, each audited once. */
async function expectDistinctVersions(fromVersion: number, saved: number) {
  expect(await storedVersion()).toBe(fromVersion + saved);
  const versions = (await settingsAudit()).map((event) => event.details.version).filter((version) => version.to > fromVersion);
  expect(versions).toEqual(Array.from({ length: saved }, (_, i) => ({ from: fromVersion + i, to: fromVersion + i + 1 })));
}

describe('concurrent settings saves', () => {
  it('through the admin panel: saves at once get distinct versions, or the later ones 409', async () => {
    const current = (await adminPanel.get().expect(200)).body.data;
    const fromVersion = await storedVersion();
    // The admin panel's form keys each repeatable item (__temp_key__) and sends the key along.
    const scoringScheme = current.scoringScheme.map((criterion: Record<string, unknown>, index: number) => ({ ...criterion, __temp_key__: `a${index}` }));
    const save = (outputMin: number) => adminPanel.put({ ...current, scoringScheme, thresholds: { ...current.thresholds, outputMin } });

    const responses = await Promise.all([save(21), save(22), save(23), save(24)]);
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);
    expect(statuses).toContain(200);
    const refused = responses.find((response) => response.status === 409);
    if (refused) expect(refused.body.error.message).toMatch(/设置已被他人修改.*The settings changed/);
    await expectDistinctVersions(fromVersion, statuses.filter((status) => status === 200).length);
  });

  it('through the document service (code, imports): the same', async () => {
    const { documentId } = (await app.strapi.documents(UID as never).findFirst({})) as unknown as { documentId: string };
    const fromVersion = await storedVersion();
    const save = (days: number) => app.strapi.documents(UID as never).update({ documentId, data: { publicNoticeDays: days } as never });

    const outcomes = await Promise.allSettled([save(6), save(7), save(8)]);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect((outcome.reason as { status?: number }).status).toBe(409);
    }
    await expectDistinctVersions(fromVersion, outcomes.filter((outcome) => outcome.status === 'fulfilled').length);
  });
});
