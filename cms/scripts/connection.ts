/**
 * The database as the app reads it, for the operator's scripts (backup, audit:verify): the same
 * .env (ENV_PATH, else the repository's .env; variables already set win) and config/database.ts.
 */
import fs from 'fs';
import path from 'path';
import { env } from '@strapi/utils';
import databaseConfig from '../config/database';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The repository's .env, as `npm start` hands it to Strapi: values already in the environment win. */
export function loadEnv(): void {
  const { parseEnv, ENV_PATH } = require(path.join(ROOT, 'scripts', 'env.js')) as { parseEnv(text: string): Record<string, string>; ENV_PATH: string };
  const file = process.env.ENV_PATH || ENV_PATH;
  if (!fs.existsSync(file)) return;
  for (const [key, value] of Object.entries(parseEnv(fs.readFileSync(file, 'utf8')))) if (process.env[key] === undefined) process.env[key] = value;
}

export interface PgConnection {
  connectionString?: string;
  host?: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string;
  ssl?: unknown;
  schema?: string;
}

export type Target = { client: 'sqlite'; filename: string } | { client: 'postgres'; connection: PgConnection; schema: string };

export function target(): Target {
  const { connection } = databaseConfig({ env });
  const settings = connection as unknown as { client: string; connection: Record<string, unknown> };
  if (settings.client === 'sqlite') return { client: 'sqlite', filename: String(settings.connection.filename) };
  if (settings.client === 'postgres') {
    const pg = settings.connection as PgConnection;
    return { client: 'postgres', connection: pg, schema: pg.schema || 'public' };
  }
  throw new Error(`The scripts support SQLite and PostgreSQL, not DATABASE_CLIENT=${settings.client}`);
}

export interface SqliteDatabase {
  backup(destination: string): Promise<unknown>;
  prepare(sql: string): { all(): Array<Record<string, unknown>>; get(): Record<string, unknown> | undefined };
  pragma(sql: string, options?: { simple: boolean }): unknown;
  close(): void;
}
export const openSqlite = (file: string, options: { readonly?: boolean; fileMustExist?: boolean }) =>
  new (require('better-sqlite3') as new (file: string, options: object) => SqliteDatabase)(file, options);

export interface PgClient {
  connect(): Promise<void>;
  query(sql: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  end(): Promise<void>;
}
export async function pgClient(t: Extract<Target, { client: 'postgres' }>): Promise<PgClient> {
  const { Client } = require('pg') as { Client: new (options: object) => PgClient };
  const client = new Client(t.connection);
  await client.connect();
  return client;
}
