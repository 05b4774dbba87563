import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../cms/scripts/throwaway-database';

const ROOT = path.resolve(__dirname, '..', '..');
const APP_DIR = path.join(ROOT, 'cms');
export const DEMO_PASSWORD = 'Demo-Pass-2026';

export interface TestApp {
  strapi: Core.Strapi;
  http: ReturnType<typeof request>;
  /** Logs a demo user in and returns its JWT. */
  login(email: string, password?: string): Promise<string>;
  /** supertest agent bound to a user: app.as(jwt).get('/api/...') */
  as(jwt: string): { get(url: string): request.Test; post(url: string): request.Test; put(url: string): request.Test; delete(url: string): request.Test };
  stop(): Promise<void>;
}

export { pgAdmin } from '../../cms/scripts/throwaway-database';
export type TestDatabase = ThrowawayDatabase;

/**
 * A throw-away database: a temporary SQLite file by default, or a fresh PostgreSQL database
 * on 127.0.0.1:5432 when TEST_DB=postgres (CI runs the integration tests on both).
 */
export function createTestDatabase(): Promise<TestDatabase> {
  const name = `gz_clusters_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  return createThrowawayDatabase(process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite', name);
}

/**
 * Boots a real Strapi on a throw-away SQLite file, with the demo dataset and accounts.
 * One boot per test file: call it in beforeAll and `stop` in afterAll. `adminPanel` also serves
 * Strapi's admin panel at /admin (build it first: ensureAdminPanelBuilt in test/e2e/helpers).
 * With `database` (from createTestDatabase) the app runs on that database and `stop` leaves it to
 * the caller, so a test can stop the app, work on the database and boot again on it.
 */
export async function bootApp(options: { demo?: boolean; env?: Record<string, string>; adminPanel?: boolean; database?: TestDatabase } = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  Object.assign(process.env, {
    NODE_ENV: 'test',
    ...database.env,
    APP_KEYS: 'testKeyA,testKeyB',
    API_TOKEN_SALT: 'test-api-token-salt',
    ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
    JWT_SECRET: 'test-jwt-secret',
    ENCRYPTION_KEY: 'test-encryption-key',
    STRAPI_TELEMETRY_DISABLED: 'true',

    DEMO_PASSWORD,
    DEMO_DATA: options.demo === false ? 'false' : 'true',
    DEMO_BANNER: 'false',
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'error',
    ...options.env,
  });
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [APP_DIR] })) as typeof import('@strapi/strapi');
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: options.adminPanel === true,
  }).load();
  strapi.log.level = 'error';
  await strapi.server.mount();
  const http = request(strapi.server.httpServer);
  const as = (jwt: string) => ({
    get: (url: string) => http.get(url).set('Authorization', `Bearer ${jwt}`),
    post: (url: string) => http.post(url).set('Authorization', `Bearer ${jwt}`),
    put: (url: string) => http.put(url).set('Authorization', `Bearer ${jwt}`),
    delete: (url: string) => http.delete(url).set('Authorization', `Bearer ${jwt}`),
  });
  return {
    strapi,
    http,
    as,
    async login(email, password = DEMO_PASSWORD) {
      const response = await http.post('/api/auth/local').send({ identifier: email, password });
      if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.jwt as string;
    },
    async stop() {
      // Strapi goes on querying briefly after answering a write (event hub, webhooks); destroying
      // the pool under those queries fails the stop with "aborted".
      const pool = (strapi.db.connection.client as { pool?: { numUsed(): number; numPendingAcquires(): number } }).pool;
      for (let waited = 0; pool && pool.numUsed() + pool.numPendingAcquires() > 0 && waited < 5000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await strapi.destroy();
      if (!options.database) await database.drop();
    },
  };
}
