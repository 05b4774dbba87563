import fs from 'fs';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import { createStrapi, type Core } from '@strapi/strapi';

export interface BenchApp {
  strapi: Core.Strapi;
  /** http://127.0.0.1:<port> */
  origin: string;
  destroy(): Promise<void>;
}

export const usesPostgres = () => process.env.BENCH_PG === '1';

/** A throw-away PostgreSQL database on 127.0.0.1:5432 (trust auth), dropped by the returned function. */
export async function createPostgresDatabase(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  type PgClient = { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> };
  const { Client } = require('pg') as { Client: new (options: { connectionString: string }) => PgClient };
  const run = async (sql: string) => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export const removeSqlite = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
};

/**
 * Boots the compiled app (cms/dist) with throw-away secrets on the given database, listening on
 * 127.0.0.1 so a load generator can reach it. The scheduler stays off: the benchmark runs jobs itself.
 */
export async function bootBenchApp(database: { sqliteFile: string } | { postgresUrl: string }, env: Record<string, string> = {}): Promise<BenchApp> {
  Object.assign(process.env, {
    NODE_ENV: 'development',
    ...('sqliteFile' in database
      ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.sqliteFile }
      : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.postgresUrl }),
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

export const tmpFile = (name: string) => path.join(os.tmpdir(), `${name}-${process.pid}.db`);
