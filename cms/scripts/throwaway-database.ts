import fs from 'fs';
import os from 'os';
import path from 'path';

/** Where throw-away PostgreSQL databases are created (trust auth on every project machine). */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** One statement as the PostgreSQL superuser, connected to the maintenance database. */
export async function pgAdmin(sql: string): Promise<{ rows: Array<Record<string, unknown>> }> {
  type PgClient = { connect(): Promise<void>; query(sql: string): Promise<{ rows: Array<Record<string, unknown>> }>; end(): Promise<void> };
  const { Client } = require('pg') as { Client: new (options: { connectionString: string }) => PgClient };
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export function removeSqliteFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

export interface ThrowawayDatabase {
  /** The app's database variables (see cms/config/database.ts). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * A fresh database for tests and benchmarks: a temporary SQLite file, or a new PostgreSQL database
 * on PG_ADMIN_URL's server. `name` must be a plain identifier, unique to the caller; a PostgreSQL
 * database may start as a copy of `template` (a database nobody is connected to).
 */
export async function createThrowawayDatabase(client: 'sqlite' | 'postgres', name: string, template?: string): Promise<ThrowawayDatabase> {
  if (client === 'postgres') {
    await pgAdmin(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: '0' },
      drop: async () => {
        await pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const file = path.join(os.tmpdir(), `${name}.db`);
  removeSqliteFiles(file);
  return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, drop: async () => removeSqliteFiles(file) };
}
