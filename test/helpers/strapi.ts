import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';

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

/**
 * Boots a real Strapi on a throw-away SQLite file, with the demo dataset and accounts.
 * One boot per test file: call it in beforeAll and `stop` in afterAll.
 */
export async function bootApp(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dbFile = path.join(os.tmpdir(), `gz-clusters-test-${process.pid}-${Date.now()}.db`);
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: dbFile,
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
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false, serveAdminPanel: false }).load();
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
      await strapi.destroy();
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${dbFile}${suffix}`, { force: true });
    },
  };
}
