import { randomUUID } from 'crypto';
import { onWrite } from './on-write';

/**
 * Two versions kept in the database, each moved on by a kind of write, so that what is cached in a
 * process is valid while its version stays the same: the **data** version by every write to the
 * records the product shows (public pages and console list pages are cached by it), the **access**
 * version by every write to what signing in depends on — staff accounts, roles, their permissions,
 * API tokens (remembered sign-ins and callers are cached by it, so that a write to an application
 * does not sign everyone in again). They live in the database, not in this process, so that every
 * instance sharing the database sees a write made by any other one; each is written in the
 * writer's own transaction, so a rolled-back write does not change it either.
 */
const DATA = { type: 'api', name: 'data', key: 'version' } as const;
const ACCESS = { type: 'api', name: 'access', key: 'version' } as const;
type Kind = typeof DATA | typeof ACCESS;

/** The core store keys a row `<type>_<name>_<key>`. */
const rowKey = (kind: Kind) => `${kind.type}_${kind.name}_${kind.key}`;

/** One UPDATE per write (strapi.store.set reads the row first and again after). */
async function bump(kind: Kind): Promise<void> {
  const value = randomUUID();
  const { count } = await strapi.db
    .query('strapi::core-store')
    .updateMany({ where: { key: rowKey(kind), environment: null, tag: null }, data: { value: JSON.stringify(value), type: 'string' } });
  if (count === 0) await strapi.store.set({ ...kind, value });
}

const ACCOUNTS = 'plugin::users-permissions.user';

export function registerDataVersion(): void {
  const records = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
  // Staff accounts are both: the console lists them, and signing in reads them.
  onWrite([...records, ACCOUNTS], () => bump(DATA));
  onWrite([ACCOUNTS, 'plugin::users-permissions.role', 'plugin::users-permissions.permission', 'admin::api-token'], () => bump(ACCESS));
}

/** A new start may bring new templates and code: each start moves both versions on once, so reads never write. */
export async function bumpDataVersionOnStart(): Promise<void> {
  await bump(DATA);
  await bump(ACCESS);
}

interface Versions {
  data: string;
  access: string;
}

/**
 * Both versions as stored, read with one SELECT of one column: every request that uses a cache (a
 * 304 included) costs this read, so it skips the store's and the query engine's row handling. The
 * stored JSON text serves as the version as it is. Planned once per connection on PostgreSQL.
 */
async function readVersions(): Promise<Versions> {
  const { tableName } = strapi.db.metadata.get('strapi::core-store');
  const rows = (await strapi.db
    .connection(tableName)
    .whereIn('key', [rowKey(DATA), rowKey(ACCESS)])
    .whereNull('environment')
    .whereNull('tag')
    .select('key', 'value')
    .options({ prepare: true })) as Array<{ key: string; value: string }>;
  const valueOf = (kind: Kind) => rows.find((row) => row.key === rowKey(kind))?.value ?? '';
  return { data: valueOf(DATA), access: valueOf(ACCESS) };
}

/** The versions as this request first read them: its sign-in and its cached answer share the one read. */
export async function requestVersions(ctx: { state: { versions?: Versions } }): Promise<Versions> {
  ctx.state.versions ??= await readVersions();
  return ctx.state.versions;
}
