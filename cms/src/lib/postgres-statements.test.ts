import { Client } from 'pg';
import { PG_ADMIN_URL } from '../../scripts/throwaway-database';
import { nameMarkedStatements } from './postgres-statements';

// A real session of the PostgreSQL server the integration tests use: its pg_prepared_statements
// shows what was prepared, by whom. Run with the PostgreSQL pass (TEST_DB=postgres).
const onPostgres = process.env.TEST_DB === 'postgres' ? describe : describe.skip;

onPostgres('statements marked for preparing', () => {
  let client: Client;
  beforeEach(async () => {
    client = new Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
    nameMarkedStatements(client as never);
  });
  afterEach(() => client.end());

  const prepared = async () =>
    ((await client.query(`SELECT statement FROM pg_prepared_statements ORDER BY statement`)).rows as Array<{ statement: string }>).map((row) => row.statement);

  it('are prepared once per connection under a name of their text, and answer as before; unmarked ones are not', async () => {
    const marked = { text: 'SELECT $1::int + 1 AS next', values: [1], prepare: true };
    expect((await client.query(marked as never)).rows).toEqual([{ next: 2 }]);
    expect((await client.query({ ...marked, values: [41] } as never)).rows).toEqual([{ next: 42 }]);
    expect((await client.query({ text: 'SELECT $1::int * 2 AS twice', values: [21] })).rows).toEqual([{ twice: 42 }]);
    expect(await prepared()).toEqual(['SELECT $1::int + 1 AS next']);
  });

  it('are named up to a bound per connection; past it they are sent unnamed', async () => {
    for (let n = 0; n < 210; n += 1) await client.query({ text: `SELECT ${n} + $1::int AS n`, values: [0], prepare: true } as never);
    expect(await prepared()).toHaveLength(200);
    // One named before the bound was reached is still run by its name.
    expect((await client.query({ text: 'SELECT 7 + $1::int AS n', values: [1], prepare: true } as never)).rows).toEqual([{ n: 8 }]);
    expect(await prepared()).toHaveLength(200);
  });
});
