import { KeptMap } from './kept-map';

/** The part of a better-sqlite3 connection this module wraps. */
interface Connection {
  prepare(sql: string): unknown;
}

/** Distinct statements kept per connection: a console's lists, forms and sign-ins run a few hundred. */
const KEPT = 500;

/**
 * Keeps a connection's prepared statements by their SQL, so that a statement run again (the same
 * list page with other values, the data version, a sign-in) is not compiled by SQLite again: knex
 * prepares every statement anew, and preparing was about a tenth of an uncached list page's CPU.
 * Safe because knex only runs a statement to its end (`all` or `run`) and never changes its mode.
 */
export function keepPreparedStatements(connection: Connection): void {
  const prepare = connection.prepare.bind(connection);
  const kept = new KeptMap<string, unknown>(KEPT);
  connection.prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (statement === undefined) {
      statement = prepare(sql);
      kept.set(sql, statement);
    }
    return statement;
  };
}
