import path from 'path';
import type { AddressInfo } from 'net';
import { createStrapi, type Core } from '@strapi/strapi';
import type { ThrowawayDatabase } from '../throwaway-database';

export interface BenchApp {
  strapi: Core.Strapi;
  /** http://127.0.0.1:<port> */
  origin: string;
  destroy(): Promise<void>;
}

export const usesPostgres = () => process.env.BENCH_PG === '1';

/**
 * Boots the compiled app (cms/dist) with throw-away secrets on the given database, listening on
 * 127.0.0.1 so a load generator can reach it. The scheduler stays off: the benchmark runs jobs itself.
 */
export async function bootBenchApp(database: ThrowawayDatabase, env: Record<string, string> = {}): Promise<BenchApp> {
  Object.assign(process.env, {
    NODE_ENV: 'development',
    ...database.env,
    APP_KEYS: 'benchKeyA,benchKeyB',
    API_TOKEN_SALT: 'bench',
    ADMIN_JWT_SECRET: 'bench',
    TRANSFER_TOKEN_SALT: 'bench',
    JWT_SECRET: 'bench',
    ENCRYPTION_KEY: 'bench',
    STRAPI_TELEMETRY_DISABLED: 'true',
    DEMO_PASSWORD: BENCH_PASSWORD,
    DEMO_BANNER: 'false',
    SCHEDULER_ENABLED: 'false',
    // The request logger would otherwise measure the terminal.
    LOG_LEVEL: 'error',
    ...env,
  });
  const appDir = path.resolve(__dirname, '..', '..', '..');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = 'error';
  await strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  return { strapi, origin: `http://127.0.0.1:${port}`, destroy: () => strapi.destroy() };
}

export const BENCH_PASSWORD = 'Bench-Pass-2026';
