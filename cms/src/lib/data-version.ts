import { randomUUID } from 'crypto';
import { onWrite } from './on-write';

/**
 * One version for all the records the product shows, moved on by every write: caches of what is
 * read (public pages, console list pages) are valid while it stays the same. It lives in the
 * database, not in this process, so that every instance sharing the database sees a write made by
 * any other one; it is written in the writer's own transaction, so a rolled-back write does not
 * change it either.
 */
const VERSION_KEY = { type: 'api', name: 'data', key: 'version' } as const;
/** The core store's row of VERSION_KEY: the store keys it `<type>_<name>_<key>`. */
const VERSION_ROW = { key: `${VERSION_KEY.type}_${VERSION_KEY.name}_${VERSION_KEY.key}`, environment: null, tag: null };

/** One UPDATE per write (strapi.store.set reads the row first and again after). */
async function bumpVersion(): Promise<void> {
  const value = randomUUID();
  const { count } = await strapi.db.query('strapi::core-store').updateMany({ where: VERSION_ROW, data: { value: JSON.stringify(value), type: 'string' } });
  if (count === 0) await strapi.store.set({ ...VERSION_KEY, value });
}

/**
 * Every content type of the product, the staff accounts (the console lists them too), and what
 * signing in depends on — roles, their permissions, API tokens — so that a remembered sign-in
 * (security/caller-cache.ts) holds no longer than those stay unchanged.
 */
export function registerDataVersion(): void {
  const models = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
  onWrite(
    [...models, 'plugin::users-permissions.user', 'plugin::users-permissions.role', 'plugin::users-permissions.permission', 'admin::api-token'],
    bumpVersion,
  );
}

/** A new start may bring new templates and code: each start moves the version on once, so reads never write. */
export async function bumpDataVersionOnStart(): Promise<void> {
  await bumpVersion();
}

/**
 * The version as stored, read with one SELECT of one column: every cached answer (a 304
 * included) costs this read, so it skips the store's and the query engine's row handling. The
 * stored JSON text serves as the version as it is.
 */
async function dataVersion(): Promise<string> {
  const { tableName } = strapi.db.metadata.get('strapi::core-store');
  const row = (await strapi.db.connection(tableName).where('key', VERSION_ROW.key).whereNull('environment').whereNull('tag').first('value')) as
    { value: string } | undefined;
  return row?.value ?? '';
}

/** The version as this request first read it: sign-in and a cached answer share the one read. */
export async function requestDataVersion(ctx: { state: { dataVersion?: string } }): Promise<string> {
  ctx.state.dataVersion ??= await dataVersion();
  return ctx.state.dataVersion;
}
