import { createHash } from 'crypto';

/** What knex hands to a pg connection: the query's config (with knex's `.options()` merged in), then a callback. */
interface QueryConfig {
  text: string;
  values?: unknown[];
  name?: string;
  prepare?: boolean;
}
interface Connection {
  query(config: unknown, ...rest: unknown[]): unknown;
}

/** Distinct statements named per connection: a console's list shapes run to a few dozen. */
const KEPT = 200;

/**
 * PostgreSQL parses and plans every statement it is sent unless the statement has a name, which
 * it then parses and plans once per connection. knex names none; a query marked
 * `.options({ prepare: true })` is named here by a digest of its text, so that a statement run
 * over and over with other values (a console list page: planning was about a quarter of its time
 * in the database) is planned once per connection. Past KEPT names on a connection the rest are
 * sent unnamed: each name holds memory in the server until the connection closes.
 */
export function nameMarkedStatements(connection: Connection): void {
  const query = connection.query.bind(connection);
  /** Statement text → its name, on this connection. */
  const names = new Map<string, string>();
  connection.query = (config: unknown, ...rest: unknown[]) => {
    if (!config || typeof config !== 'object' || !(config as QueryConfig).prepare) return query(config, ...rest);
    const { prepare: _prepare, ...plain } = config as QueryConfig;
    let name = names.get(plain.text);
    if (name === undefined && names.size < KEPT) {
      name = `q${createHash('sha1').update(plain.text).digest('hex').slice(0, 24)}`;
      names.set(plain.text, name);
    }
    return query(name === undefined ? plain : { ...plain, name }, ...rest);
  };
}
