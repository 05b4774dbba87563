import path from 'path';
import { isDatabaseUnavailable } from '../cms/src/middlewares/db-unavailable';
import { bootApp, pgAdmin, type TestApp } from './helpers/strapi';

/**
 * A database that goes away answers 503 + Retry-After (not 500, not 401), the app recovers when it
 * is back, and a transition that fails half-way leaves nothing behind. PostgreSQL: backends
 * terminated and new connections refused; SQLite: another connection holds the write lock.
 */
const postgres = process.env.TEST_DB === 'postgres';
const APP_DIR = path.resolve(__dirname, '..', 'cms');
const UNAVAILABLE = { status: 503, name: 'ServiceUnavailableError', message: '数据库暂不可用，请稍后重试 / Database temporarily unavailable, retry later' };

describe('which errors mean "database unavailable"', () => {
  const error = (props: Record<string, unknown>, message = 'x') => Object.assign(new Error(message), props);
  it.each([
    ['connection refused', error({ code: 'ECONNREFUSED' })],
    ['admin shutdown (pg_terminate_backend)', error({ code: '57P01' })],
    ['cannot connect now', error({ code: '57P03' })],
    ['connection failure class 08', error({ code: '08006' })],
    ['too many connections', error({ code: '53300' })],
    ['database not accepting connections', error({ code: '55000' }, 'database "x" is not currently accepting connections')],
    ['socket closed mid-query', new Error('Connection terminated unexpectedly')],
    ['knex pool timeout', error({ name: 'KnexTimeoutError' }, 'Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['SQLite locked by another writer', error({ code: 'SQLITE_BUSY' })],
    ['SQLite I/O error', error({ code: 'SQLITE_IOERR_SHORT_READ' })],
    ['SQLite file cannot be opened', error({ code: 'SQLITE_CANTOPEN' })],
    ['wrapped in a cause', new Error('query failed', { cause: error({ code: '57P01' }) })],
  ])('%s → yes', (_label, e) => expect(isDatabaseUnavailable(e)).toBe(true));
  it.each([
    ['unique violation', error({ code: '23505' })],
    ['other prerequisite failures', error({ code: '55000' }, 'currval of sequence "s" is not yet defined in this session')],
    ['SQLite constraint', error({ code: 'SQLITE_CONSTRAINT_UNIQUE' })],
    ['a validation error', error({ name: 'ValidationError', status: 400 })],
    ['not an error', 'ECONNREFUSED'],
  ])('%s → no', (_label, e) => expect(isDatabaseUnavailable(e)).toBe(false));
});

describe(`database outage on ${postgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let app: TestApp;
  let city: string;
  let applicationId: string;

  beforeAll(async () => {
    app = await bootApp();
    const submitted = (await app.strapi.db
      .query('api::application.application')
      .findOne({ where: { status: 'submitted' }, populate: { prefecture: true } })) as {
      documentId: string;
      prefecture: { code: string };
    };
    applicationId = submitted.documentId;
    city = await app.login(`city-${submitted.prefecture.code}@demo.local`);
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  /** What a failed transition must leave untouched. */
  const snapshot = async () => ({
    application: await app.strapi.db
      .query('api::application.application')
      .findOne({ where: { documentId: applicationId }, select: ['status', 'version', 'updatedAt'] }),
    auditEvents: await app.strapi.db.query('api::audit-event.audit-event').count({}),
  });
  const startReview = () => app.as(city).post(`/api/applications/${applicationId}/transitions`).send({ action: 'startCityReview', comment: '' });
  const expectUnavailable = (response: { status: number; headers: Record<string, string>; body: { error?: unknown } }) => {
    expect([response.status, response.body.error]).toEqual([503, expect.objectContaining(UNAVAILABLE)]);
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
  };

  if (postgres) {
    const databaseName = () => new URL(process.env.DATABASE_URL!).pathname.slice(1);

    it('a fault in the middle of a transition answers 503 and leaves no partial state', async () => {
      const before = await snapshot();
      // The transition's audit row is written after the application's update, in the same transaction.
      const knex = app.strapi.db.connection;
      await knex.raw(
        `CREATE FUNCTION simulated_fault() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated outage' USING ERRCODE = '57P03'; END $$ LANGUAGE plpgsql`,
      );
      await knex.raw('CREATE TRIGGER simulated_fault BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION simulated_fault()');
      try {
        expectUnavailable(await startReview());
        expect(await snapshot()).toEqual(before);
      } finally {
        await knex.raw('DROP TRIGGER simulated_fault ON audit_events');
        await knex.raw('DROP FUNCTION simulated_fault()');
      }
    });

    it('answers 503 while the database refuses connections, and 200 again once it is back', async () => {
      await app.as(city).get('/api/console/applications').expect(200);
      const name = databaseName();
      await pgAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      try {
        await pgAdmin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
        // Signed-in requests (the token check reads the user) and anonymous ones alike.
        expectUnavailable(await app.as(city).get('/api/console/applications'));
        expectUnavailable(await app.http.get('/api/public/clusters'));
        expectUnavailable(await startReview());
      } finally {
        await pgAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      }
      await app.as(city).get('/api/console/applications').expect(200);
      await app.http.get('/api/public/clusters').expect(200);
      await startReview().expect(200);
    });
  } else {
    it('answers 503 while another process holds the write lock, leaves no partial state, and 200 once it is released', async () => {
      type Sqlite = { exec(sql: string): void; close(): void };
      const Database = require(require.resolve('better-sqlite3', { paths: [APP_DIR] })) as new (file: string) => Sqlite;
      const before = await snapshot();
      const other = new Database(process.env.DATABASE_FILENAME!);
      other.exec('BEGIN IMMEDIATE');
      try {
        // Reads go on beside the writer (WAL); the transition waits out the busy timeout, then gives up.
        await app.as(city).get('/api/console/applications').expect(200);
        expectUnavailable(await startReview());
        expect(await snapshot()).toEqual(before);
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
      await startReview().expect(200);
    });
  }
});
