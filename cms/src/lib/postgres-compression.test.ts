import { Client } from 'pg';
import { PG_ADMIN_URL } from '../../scripts/throwaway-database';
import { compressWithLz4 } from './postgres-compression';

// A real session of the PostgreSQL server the integration tests use. Run with the PostgreSQL pass (TEST_DB=postgres).
const onPostgres = process.env.TEST_DB === 'postgres' ? describe : describe.skip;

onPostgres('a connection prepared for large JSON values', () => {
  let client: Client;
  beforeEach(async () => {
    client = new Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
  });
  afterEach(() => client.end());

  it('stores them compressed with lz4 where the server has it, and as before where it has not', async () => {
    const methods = (await client.query(`SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'`)).rows as Array<{ enumvals: string[] }>;
    const before = (await client.query('SHOW default_toast_compression')).rows[0].default_toast_compression as string;
    await new Promise<void>((resolve, reject) => compressWithLz4(client as never, (error) => (error ? reject(error) : resolve())));
    const hasLz4 = methods[0]?.enumvals.includes('lz4') ?? false;
    expect((await client.query('SHOW default_toast_compression')).rows[0].default_toast_compression).toBe(hasLz4 ? 'lz4' : before);
    await client.query('CREATE TEMP TABLE reports (report jsonb)');
    // Large enough to be compressed: a report's rules repeat their keys.
    await client.query(
      `INSERT INTO reports SELECT jsonb_agg(jsonb_build_object('id', 'R' || n, 'outcome', 'pass', 'message', repeat('达标 ', 20))) FROM generate_series(1, 200) n`,
    );
    const stored = (await client.query('SELECT pg_column_compression(report) AS method FROM reports')).rows[0].method as string;
    expect(stored).toBe(hasLz4 ? 'lz4' : 'pglz');
  });
});
