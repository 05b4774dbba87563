/**
 * A flat copy of an entry's components, kept in a JSON column of its own row, so that reading a
 * whole application form is one value to parse rather than a dozen statements over some seventy
 * component rows: the batch runs (evaluate again, export) read ten thousand forms, and spent three
 * quarters of their time assembling them from the component tables.
 *
 * The component tables stay the record; the copy is only ever a faster way to read them, so it is
 * used only when it is known to be what they hold:
 * - every write of a component attribute through Strapi's database layer (the document service,
 *   the admin panel, the console's form save) empties the copy in the same statement (a database
 *   lifecycle, below every path that writes components);
 * - a copy is written only by code that has just read the components under the row's lock (the
 *   save or the create that wrote them, a batch run that locked its rows, the backfill);
 * - media are kept as file ids and read afresh, so a file renamed or deleted in the media library
 *   reads as the tables would;
 * - a copy records the shape of the components it was made from, and a copy of another shape (a
 *   field added since) is ignored.
 * An entry without a usable copy (one written before copies were kept, or before the form's shape
 * changed, until it is saved, evaluated again or reached by the fill after a start) is read from
 * the tables.
 */

import { createHash } from 'node:crypto';
import { filesById, fromStored, inCallersTransaction, populateComponents, shapeOf, tableIn, valueById, type Entry, type Trx } from './components';

type Row = Record<string, unknown>;

interface ComponentCopy {
  shape: string;
  components: Row;
}

/** Content type → the attribute (a private JSON column) holding its copy. */
const kept = new Map<string, string>();
const shapes = new Map<string, string>();
const BACKFILL = 100;

/** Every scalar, media and component attribute of `uid` and of its components, as a short digest. */
function shapeDigest(uid: string): string {
  const known = shapes.get(uid);
  if (known) return known;
  const describe = (type: string): unknown => {
    const shape = shapeOf(type);
    return [
      shape.scalars.map((scalar) => [scalar.attribute, scalar.type]),
      [...shape.media].map(([name, media]) => [name, media.multiple]),
      [...shape.components].map(([name, component]) => [name, component.repeatable, describe(component.target)]),
    ];
  };
  const digest = createHash('sha256')
    .update(JSON.stringify(describe(uid)))
    .digest('hex')
    .slice(0, 16);
  shapes.set(uid, digest);
  return digest;
}

const mediaWithin = new Map<string, boolean>();

/** Whether components of `type` hold media, themselves or in their nested components. */
function holdsMedia(type: string): boolean {
  let known = mediaWithin.get(type);
  if (known === undefined) {
    const shape = shapeOf(type);
    known = shape.media.size > 0 || [...shape.components.values()].some((component) => holdsMedia(component.target));
    mediaWithin.set(type, known);
  }
  return known;
}

type MediaVisit = (holder: Row, name: string, multiple: boolean) => void;

/**
 * Calls `visit` for every media attribute of the component tree under the given attributes of `uid`,
 * leaving out the subtrees without media (most of a form: it is walked for ten thousand forms).
 */
function visitMedia(uid: string, holder: Row, attributes: Iterable<string>, visit: MediaVisit): void {
  const shape = shapeOf(uid);
  for (const name of attributes) {
    const component = shape.components.get(name);
    if (!component || !holdsMedia(component.target)) continue;
    const value = holder[name];
    if (Array.isArray(value)) for (const child of value) visitComponent(component.target, child as Row, visit);
    else if (value && typeof value === 'object') visitComponent(component.target, value as Row, visit);
  }
}

function visitComponent(type: string, component: Row, visit: MediaVisit): void {
  const shape = shapeOf(type);
  for (const [name, { multiple }] of shape.media) visit(component, name, multiple);
  if (shape.components.size) visitMedia(type, component, shape.components.keys(), visit);
}

/**
 * Keeps a copy of the components of every `uid` entry in `attribute`, and empties it on every write
 * of a component attribute. Called once, at bootstrap.
 */
export function keepComponentCopies(uid: string, attribute: string): void {
  kept.set(uid, attribute);
  const components = [...shapeOf(uid).components.keys()];
  const empty = (event: { params: { data?: unknown } }) => {
    for (const data of [event.params.data].flat()) {
      if (data && typeof data === 'object' && components.some((name) => name in data)) (data as Row)[attribute] = null;
    }
  };
  strapi.db.lifecycles.subscribe({ models: [uid], beforeCreate: empty, beforeCreateMany: empty, beforeUpdate: empty });
}

function usableCopy(uid: string, stored: unknown, attributes: string[]): Row | undefined {
  const copy = fromStored('json', stored) as ComponentCopy | null;
  if (!copy || typeof copy !== 'object' || copy.shape !== shapeDigest(uid) || !copy.components) return undefined;
  return attributes.every((name) => name in copy.components) ? copy.components : undefined;
}

/**
 * Fills the given component attributes of the entries as populateComponents does: from an entry's
 * copy when it carries a usable one (read with its row), else from the component tables. The copy's
 * column is taken off every entry. Answers the entries read from the tables.
 */
export async function loadComponents(uid: string, entries: Entry[], attributes: string[]): Promise<Entry[]> {
  const attribute = kept.get(uid);
  if (!attribute) {
    await populateComponents(uid, entries, attributes);
    return entries;
  }
  const fromTables: Entry[] = [];
  const slots: Array<{ holder: Row; name: string; multiple: boolean }> = [];
  const fileIds: number[] = [];
  for (const entry of entries) {
    const copy = usableCopy(uid, entry[attribute], attributes);
    delete entry[attribute];
    if (!copy) {
      fromTables.push(entry);
      continue;
    }
    for (const name of attributes) entry[name] = copy[name];
    visitMedia(uid, entry, attributes, (holder, name, multiple) => {
      slots.push({ holder, name, multiple });
      const ids = holder[name];
      if (Array.isArray(ids)) fileIds.push(...(ids as number[]));
      else if (typeof ids === 'number') fileIds.push(ids);
    });
  }
  if (slots.length) {
    // A file deleted since reads as absent, as its link, deleted with it, would. One object per file
    // for the whole read (nothing the readers do changes it), not one per place it is attached.
    const files = await filesById(fileIds);
    const file = (id: unknown) => (typeof id === 'number' ? files.get(id) : undefined);
    for (const { holder, name, multiple } of slots) {
      const ids = holder[name];
      holder[name] = multiple ? (Array.isArray(ids) ? ids.flatMap((id) => file(id) ?? []) : []) : (file(ids) ?? null);
    }
  }
  await populateComponents(uid, fromTables, attributes);
  return fromTables;
}

/** The copy of a whole entry's components as loaded, media as file ids. */
function copyOf(uid: string, entry: Entry): ComponentCopy {
  const names = [...shapeOf(uid).components.keys()];
  const components = structuredClone(Object.fromEntries(names.map((name) => [name, entry[name]])));
  visitMedia(uid, components, names, (holder, name, multiple) => {
    const ids = [holder[name]].flat().flatMap((file) => (file && typeof file === 'object' ? [Number((file as Entry).id)] : []));
    holder[name] = multiple ? ids : (ids[0] ?? null);
  });
  return { shape: shapeDigest(uid), components };
}

/**
 * Writes the copies of the entries whose every component attribute was just loaded (the others are
 * left as they are), one statement for all. The caller holds the rows (it wrote them, or locked them
 * before reading): a write between its reading and this would otherwise be overwritten by a copy of
 * what it replaced.
 */
export async function writeComponentCopies(uid: string, loaded: Array<Record<string, unknown>>): Promise<void> {
  const attribute = kept.get(uid);
  if (!attribute) return;
  const names = [...shapeOf(uid).components.keys()];
  const entries = loaded.filter((entry): entry is Entry => typeof entry.id === 'number' && names.every((name) => name in entry));
  if (!entries.length) return;
  const meta = strapi.db.metadata.get(uid as never) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
  const copies = entries.map((entry) => ({ id: entry.id, value: copyOf(uid, entry) }));
  await inCallersTransaction((trx) =>
    tableIn(trx, meta.tableName)
      .whereIn(
        'id',
        entries.map((entry) => entry.id),
      )
      .update({ [meta.attributes[attribute].columnName ?? attribute]: valueById(trx, copies, 'json') }),
  );
}

/**
 * Locks the rows of `ids` until the caller's transaction ends (PostgreSQL; SQLite has one writer
 * at a time), in id order so that two runs locking overlapping batches wait rather than deadlock.
 */
export async function lockRows(uid: string, ids: number[]): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres' || !ids.length) return;
  const { tableName } = strapi.db.metadata.get(uid as never) as unknown as { tableName: string };
  await inCallersTransaction(async (trx: Trx) => {
    await tableIn(trx, tableName)
      .select('id')
      .whereIn(
        'id',
        [...ids].sort((a, b) => a - b),
      )
      .orderBy('id')
      .forUpdate();
  });
}

/**
 * The ids after `after` whose copy is missing or of another shape than the form's now (a field
 * added since: every copy is then ignored, and forms are read from the tables until this writes
 * them again).
 */
async function idsWithoutUsableCopy(uid: string, after: number): Promise<number[]> {
  const meta = strapi.db.metadata.get(uid as never) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
  const column = meta.attributes[kept.get(uid)!].columnName ?? kept.get(uid)!;
  const stale =
    strapi.db.dialect.client === 'postgres'
      ? `(:column: IS NULL OR :column:->>'shape' IS DISTINCT FROM :shape)`
      : `(:column: IS NULL OR CASE WHEN json_valid(:column:) THEN json_extract(:column:, '$.shape') END IS NOT :shape)`;
  const rows = (await tableIn(strapi.db.connection as unknown as Trx, meta.tableName)
    .select('id')
    .whereRaw(stale, { column, shape: shapeDigest(uid) })
    .whereRaw('id > ?', [after])
    .orderBy('id')
    .limit(BACKFILL)) as unknown as Array<{ id: number | string }>;
  return rows.map((row) => Number(row.id));
}

/**
 * Whether this transaction may fill copies: on PostgreSQL the instance holding a transaction-scoped
 * advisory lock does, so that instances sharing the database do the work once (on SQLite a
 * database has one server).
 */
async function holdsFillLock(): Promise<boolean> {
  if (strapi.db.dialect.client !== 'postgres') return true;
  return inCallersTransaction(async (trx) => {
    const result = (await trx.raw(`SELECT pg_try_advisory_xact_lock(hashtext('sme-cluster:component-copies')) AS locked`)) as unknown as {
      rows: Array<{ locked: boolean }>;
    };
    return result.rows[0].locked;
  });
}

/**
 * Writes every `uid` entry's missing or outdated copy, a transaction per batch: for data written
 * below Strapi's database layer (the benchmark's bulk writer), before copies were kept, or before
 * the form's shape last changed. Stops early when `stopping()` says so or another instance is
 * doing the same. Answers how many it wrote.
 */
export async function backfillComponentCopies(uid: string, stopping: () => boolean = () => false): Promise<number> {
  if (!kept.has(uid)) return 0;
  const attributes = [...shapeOf(uid).components.keys()];
  let written = 0;
  for (let after = 0; !stopping();) {
    const ids = await idsWithoutUsableCopy(uid, after);
    if (!ids.length) break;
    const filled = await strapi.db.transaction(async () => {
      if (!(await holdsFillLock())) return false;
      await lockRows(uid, ids);
      const entries: Entry[] = ids.map((id) => ({ id }));
      await populateComponents(uid, entries, attributes);
      await writeComponentCopies(uid, entries);
      return true;
    });
    if (!filled) break;
    written += ids.length;
    after = ids[ids.length - 1];
  }
  return written;
}

let filling: { stop: boolean; done: Promise<void> } | undefined;

/**
 * Fills missing or outdated copies in the background after a start, so that a database from before
 * copies were kept, or from before the form's shape changed, reads its forms at full speed again
 * without holding up the start (ten thousand forms took 2 s on SQLite and 25 s on PostgreSQL on the
 * project's machine). Reading is correct meanwhile: forms without a usable copy come from the tables.
 */
export function startFillingCopies(uid: string): void {
  if (filling) return;
  const state = { stop: false, done: Promise.resolve() };
  state.done = backfillComponentCopies(uid, () => state.stop).then(
    (written) => void (written && strapi.log.info(`form copies: ${written} written`)),
    (error: Error) => void strapi.log.error(`form copies: ${error.message}`),
  );
  filling = state;
}

/** Stops the background fill after its current batch (before the database is closed). */
export async function stopFillingCopies(): Promise<void> {
  if (!filling) return;
  filling.stop = true;
  await filling.done;
  filling = undefined;
}
