import type { Core } from '@strapi/strapi';

/**
 * The audit table is append-only in the database itself: triggers refuse every UPDATE and DELETE
 * (and TRUNCATE on PostgreSQL), whoever connects — the app, the admin panel, a script. Installed at
 * every start, idempotently, after Strapi has synchronised the schema (which may rebuild a SQLite
 * table and lose its triggers). Only an operator who drops the trigger can rewrite history, and
 * the hash chain (`npm run audit:verify`) shows where.
 */
export const APPEND_ONLY_MESSAGE = 'audit events are append-only';

export async function installAppendOnly(strapi: Core.Strapi): Promise<void> {
  const table = strapi.db.metadata.get('api::audit-event.audit-event').tableName;
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') {
    await knex.transaction(async (trx) => {
      await trx.raw(
        `CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${APPEND_ONLY_MESSAGE}'; END $$`,
      );
      await trx.raw(`DROP TRIGGER IF EXISTS ${table}_append_only ON ${table}`);
      await trx.raw(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`);
      await trx.raw(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON ${table}`);
      await trx.raw(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_append_only()`);
    });
    return;
  }
  for (const operation of ['UPDATE', 'DELETE']) {
    await knex.raw(
      `CREATE TRIGGER IF NOT EXISTS ${table}_no_${operation.toLowerCase()} BEFORE ${operation} ON ${table} BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY_MESSAGE}'); END`,
    );
  }
}
