import path from 'path';
import type { Core } from '@strapi/strapi';
import { isDatabaseClientKind } from '@strapi/database';
import { keepPreparedStatements } from '../src/lib/sqlite-statements';
import { nameMarkedStatements } from '../src/lib/postgres-statements';
import { compressWithLz4 } from '../src/lib/postgres-compression';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (!isDatabaseClientKind(client)) {
    throw new Error(`Unsupported DATABASE_CLIENT: ${client}. Use "postgres", "mysql", or "sqlite".`);
  }

  const connections: Record<Core.Config.Database.ClientKind, Core.Config.Database['connection']> = {
    mysql: {
      client: 'mysql',
      connection: {
        host: env('DATABASE_HOST', 'localhost'),
        port: env.int('DATABASE_PORT', 3306),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'strapi'),
        password: env('DATABASE_PASSWORD', 'strapi'),
        ssl: env.bool('DATABASE_SSL', false) && {
          key: env('DATABASE_SSL_KEY', undefined),
          cert: env('DATABASE_SSL_CERT', undefined),
          ca: env('DATABASE_SSL_CA', undefined),
          capath: env('DATABASE_SSL_CAPATH', undefined),
          cipher: env('DATABASE_SSL_CIPHER', undefined),
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
        },
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    postgres: {
      client: 'postgres',
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', 'localhost'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'strapi'),
        password: env('DATABASE_PASSWORD', 'strapi'),
        ssl: env.bool('DATABASE_SSL', false) && {
          key: env('DATABASE_SSL_KEY', undefined),
          cert: env('DATABASE_SSL_CERT', undefined),
          ca: env('DATABASE_SSL_CA', undefined),
          capath: env('DATABASE_SSL_CAPATH', undefined),
          cipher: env('DATABASE_SSL_CIPHER', undefined),
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
        },
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool: {
        min: env.int('DATABASE_POOL_MIN', 2),
        max: env.int('DATABASE_POOL_MAX', 10),
        afterCreate(conn: unknown, done: (error?: Error, conn?: unknown) => void) {
          nameMarkedStatements(conn as Parameters<typeof nameMarkedStatements>[0]);
          compressWithLz4(conn as Parameters<typeof compressWithLz4>[0], (error) => done(error, conn));
        },
      },
    },
    sqlite: {
      client: 'sqlite',
      connection: {
        // Relative names are taken from the app folder (cms/); absolute ones are used as given.
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      pool: {
        // WAL lets readers run beside the writer and, with synchronous=NORMAL, a commit no longer
        // waits for a full fsync: sweeps and saves write many small transactions.
        afterCreate(conn: unknown, done: (error?: Error, conn?: unknown) => void) {
          const sqlite = conn as { pragma(sql: string): unknown; prepare(sql: string): unknown };
          sqlite.pragma('journal_mode = WAL');
          sqlite.pragma('synchronous = NORMAL');
          // SQLite keeps 2 MB of pages by default. An application's row holds its report and its
          // form's copy, so a region's count or page visits thousands of pages: at 100,000
          // applications a prefecture's count read 11,000 pages from the file each time (11 ms, 3.6
          // with them kept). The cache grows only as pages are read.
          sqlite.pragma(`cache_size = -${env.int('DATABASE_CACHE_MB', 256) * 1024}`);
          keepPreparedStatements(sqlite);
          done(undefined, conn);
        },
      },
    },
  };

  return {
    connection: {
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
