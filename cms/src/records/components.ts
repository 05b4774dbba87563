/**
 * Components (e.g. the application form's sections) loaded per table rather than per attribute.
 *
 * The document service populates each component attribute with its own query, level by level: the
 * application form's 39 component types cost about 160 statements per application. Here each level
 * of the component tree costs two statements whatever its number of types and records (the link
 * rows of every `_cmps` table at once, then the component rows of every table at once), plus two
 * for the media of every component: about ten for a whole form, for one entry as for a thousand.
 * The objects assembled are those the document service returns for the same populate.
 */

import { appendTo } from '../lib/collections';

type Row = Record<string, unknown>;
/** An entry (or component) being filled: its id and, once loaded, its component and media attributes. */
export type Entry = Row & { id: number };
export type Trx = ((table: string | RawQuery) => QueryBuilder) & { raw(sql: string, bindings?: unknown[]): RawQuery };
interface RawQuery {
  toSQL(): { sql: string; bindings: readonly unknown[] };
}
interface QueryBuilder extends RawQuery {
  withSchema(schema: string): QueryBuilder;
  select(...columns: Array<string | RawQuery>): QueryBuilder;
  whereIn(column: string, values: readonly unknown[]): QueryBuilder;
  whereRaw(sql: string, bindings: readonly unknown[] | Row): QueryBuilder;
  where(conditions: Row): QueryBuilder;
  whereNull(column: string): QueryBuilder;
  orderBy(column: string): QueryBuilder;
  limit(count: number): QueryBuilder;
  forUpdate(): QueryBuilder;
  update(data: Row): Promise<number>;
  del(): Promise<number>;
}

interface ComponentLink {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName: string;
  pivotColumns: string[];
}
interface AttributeMeta {
  type: string;
  relation?: string;
  target?: string;
  columnName?: string;
  joinTable?: ComponentLink;
}
interface ModelMeta {
  tableName: string;
  attributes: Record<string, AttributeMeta>;
}
interface MorphLink {
  name: string;
  joinColumn: { name: string };
  morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
  orderBy: Record<string, string>;
}

const FILE = 'plugin::upload.file';
const FILE_SLICE = 10_000;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Column names are spliced into the JSON key literals; they come from the schema, and are checked all the same. */
function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Unexpected column name ${name}`);
  return name;
}

export interface ModelShape {
  table: string;
  /** Attribute name → column and type, for the plain values stored in the model's own table. */
  scalars: Array<{ attribute: string; column: string; type: string }>;
  /** Attribute name → the component's uid and whether it is a list. */
  components: Map<string, { target: string; repeatable: boolean }>;
  media: Map<string, { multiple: boolean }>;
  /** The `_cmps` table through which the model holds its components. */
  link?: ComponentLink;
}

const shapes = new Map<string, ModelShape>();

/** What the loader needs to know of a content type or component, from Strapi's schema and database metadata. */
export function shapeOf(uid: string): ModelShape {
  const known = shapes.get(uid);
  if (known) return known;
  const model = strapi.getModel(uid as never) as unknown as {
    attributes: Record<string, { type: string; component?: string; repeatable?: boolean; multiple?: boolean }>;
  };
  const meta = strapi.db.metadata.get(uid as never) as unknown as ModelMeta;
  const shape: ModelShape = { table: meta.tableName, scalars: [], components: new Map(), media: new Map() };
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (attribute.type === 'component') {
      shape.components.set(name, { target: attribute.component!, repeatable: attribute.repeatable === true });
      shape.link = meta.attributes[name].joinTable;
    } else if (attribute.type === 'media') shape.media.set(name, { multiple: attribute.multiple === true });
    else if (meta.attributes[name]?.type !== 'relation' && meta.attributes[name]) {
      shape.scalars.push({ attribute: name, column: identifier(meta.attributes[name].columnName ?? name), type: attribute.type });
    }
  }
  shapes.set(uid, shape);
  return shape;
}

/**
 * A stored value as Strapi's database layer reads it back (its fields' `fromDB`, JSON's double
 * encoding of early Strapi 5 included): SQLite keeps booleans as 0/1, and a JSON-encoded row
 * carries numbers and strings as they are.
 */
export function fromStored(type: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : String(value) === '1' ? true : String(value) === '0' ? false : null;
    case 'integer':
    case 'float':
    case 'decimal':
      return Number(value);
    case 'json':
      // SQLite hands JSON columns over as text, PostgreSQL's JSON function embeds them as values.
      if (typeof value !== 'string') return value;
      try {
        const parsed: unknown = JSON.parse(value);
        return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
      } catch {
        return value;
      }
    case 'string':
    case 'text':
    case 'enumeration':
    case 'email':
    case 'uid':
    case 'richtext':
      return String(value);
    default:
      return value;
  }
}

/** Several selects as one statement. */
async function unionAll(trx: Trx, parts: RawQuery[]): Promise<Row[]> {
  const sql = parts.map((part) => part.toSQL());
  const result = (await trx.raw(
    sql.map((part) => `SELECT * FROM (${part.sql}) AS part`).join(' UNION ALL '),
    sql.flatMap((part) => part.bindings),
  )) as unknown;
  // better-sqlite3 answers the rows, pg a result holding them.
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

/** One row of a component table as a JSON object of its columns, in the database's own JSON function. */
function rowAsJson(trx: Trx, shape: ModelShape): RawQuery {
  const fn = strapi.db.dialect.client === 'postgres' ? 'json_build_object' : 'json_object';
  const pairs = ['id', ...shape.scalars.map((scalar) => scalar.column)].map((column) => `'${column}', ??`);
  return trx.raw(`${fn}(${pairs.join(', ')}) AS data`, ['id', ...shape.scalars.map((scalar) => scalar.column)]);
}

/**
 * The rows of a table whose `column` is one of `ids`, the ids bound as one parameter (a JSON array
 * on SQLite, an array on PostgreSQL): a batch of forms reaches tens of thousands of component ids,
 * past SQLite's limit of bound variables, and one parameter spares compiling and binding each of
 * them. On SQLite the ids are the outer loop of a CROSS JOIN (which fixes the join order), each an
 * index lookup: SQLite cannot estimate how many ids a JSON array holds and, given `column IN
 * (SELECT … json_each)`, scanned the links of every application by their field instead.
 */
function rowsWithIdIn(trx: Trx, table: string, column: string, ids: Iterable<number>): QueryBuilder {
  const wanted = [...ids].map(Number);
  // PostgreSQL: an array, whose length its planner knows (a set-returning function it guesses at
  // 100 rows, and chose sequential scans of every component table for one application's form).
  if (strapi.db.dialect.client === 'postgres') return tableIn(trx, table).whereRaw('?? = ANY(?::bigint[])', [column, `{${wanted.join(',')}}`]);
  const joined = trx.raw('(SELECT value AS wanted_id FROM json_each(?)) AS wanted CROSS JOIN ??', [JSON.stringify(wanted), table]);
  return trx(joined).whereRaw('?? = wanted_id', [column]);
}

const keyOf = (uid: string, id: unknown) => `${uid}#${String(id)}`;

/** A table of the app's schema, through the caller's transaction (or the connection). */
export function tableIn(trx: Trx, name: string): QueryBuilder {
  const schema = strapi.db.getSchemaName();
  return schema ? trx(name).withSchema(schema) : trx(name);
}

interface Holder {
  uid: string;
  entry: Entry;
  attributes: string[];
}

/** The link rows of every holder's components, one statement for every `_cmps` table of the level. */
async function linksOf(trx: Trx, holders: Holder[]): Promise<Array<{ holder: Holder; field: string; type: string; id: number; order: number; link: number }>> {
  const byModel = new Map<string, Holder[]>();
  for (const holder of holders) appendTo(byModel, holder.uid, holder);
  const models = [...byModel.keys()];
  const parts = models.map((uid, index) => {
    const link = shapeOf(uid).link!;
    const fields = [...new Set(byModel.get(uid)!.flatMap((holder) => holder.attributes))];
    return rowsWithIdIn(trx, link.name, link.joinColumn.name, new Set(byModel.get(uid)!.map((holder) => holder.entry.id)))
      .select(
        trx.raw(`${index} AS model`),
        `id AS link`,
        `${identifier(link.joinColumn.name)} AS entity_id`,
        `${identifier(link.inverseJoinColumn.name)} AS cmp_id`,
        `${identifier(link.pivotColumns[3])} AS component_type`,
        `${identifier(link.pivotColumns[2])} AS field`,
        `${identifier(link.orderColumnName)} AS position`,
      )
      .whereIn(link.pivotColumns[2], fields);
  });
  const holderAt = new Map(holders.map((holder) => [keyOf(holder.uid, holder.entry.id), holder]));
  const rows = await unionAll(trx, parts);
  return rows.flatMap((row) => {
    const holder = holderAt.get(keyOf(models[Number(row.model)], row.entity_id));
    const field = String(row.field);
    if (!holder?.attributes.includes(field)) return [];
    return [{ holder, field, type: String(row.component_type), id: Number(row.cmp_id), order: Number(row.position ?? 0), link: Number(row.link) }];
  });
}

/** The rows of the given components, one statement for every component table of the level. */
async function componentRows(trx: Trx, idsByType: Map<string, Set<number>>): Promise<Map<string, Entry>> {
  const types = [...idsByType.keys()];
  const parts = types.map((uid, index) => {
    const shape = shapeOf(uid);
    return rowsWithIdIn(trx, shape.table, 'id', idsByType.get(uid)!).select(trx.raw(`${index} AS model`), rowAsJson(trx, shape));
  });
  const found = new Map<string, Entry>();
  for (const row of await unionAll(trx, parts)) {
    const uid = types[Number(row.model)];
    const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Row;
    const entry: Entry = { id: Number(data.id) };
    for (const scalar of shapeOf(uid).scalars) entry[scalar.attribute] = fromStored(scalar.type, data[scalar.column]);
    found.set(keyOf(uid, entry.id), entry);
  }
  return found;
}

/** Files by id as Strapi's row mapping gives them (formats, dates), in slices under SQLite's limit of bound variables. */
export async function filesById(ids: Iterable<number>): Promise<Map<number, Entry>> {
  const wanted = [...new Set(ids)];
  const files: Entry[] = [];
  for (let start = 0; start < wanted.length; start += FILE_SLICE) {
    files.push(...((await strapi.db.query(FILE as never).findMany({ where: { id: { $in: wanted.slice(start, start + FILE_SLICE) } } })) as Entry[]));
  }
  return new Map(files.map((file) => [Number(file.id), file]));
}

/** The files of every media attribute of the given components: the links in one statement, the files in one more. */
async function attachMedia(trx: Trx, holders: Holder[]): Promise<void> {
  if (!holders.length) return;
  const related = (strapi.db.metadata.get(FILE as never) as unknown as { attributes: { related: { joinTable: MorphLink } } }).attributes.related.joinTable;
  const { idColumn, typeColumn } = related.morphColumn;
  const orderColumn = Object.keys(related.orderBy)[0];
  const links = (await rowsWithIdIn(trx, related.name, idColumn.name, new Set(holders.map((holder) => holder.entry.id)))
    .select(
      'id AS link',
      `${identifier(related.joinColumn.name)} AS file_id`,
      `${identifier(idColumn.name)} AS related_id`,
      `${identifier(typeColumn.name)} AS related_type`,
      'field',
      `${identifier(orderColumn)} AS position`,
    )
    .whereIn(typeColumn.name, [...new Set(holders.map((holder) => holder.uid))])) as unknown as Row[];
  const holderAt = new Map(holders.map((holder) => [keyOf(holder.uid, holder.entry.id), holder]));
  const wanted = links
    .filter((link) => holderAt.get(keyOf(String(link.related_type), link.related_id))?.attributes.includes(String(link.field)))
    .sort((a, b) => Number(a.position) - Number(b.position) || Number(a.link) - Number(b.link));
  const fileAt = await filesById(wanted.map((link) => Number(link.file_id)));
  for (const link of wanted) {
    const holder = holderAt.get(keyOf(String(link.related_type), link.related_id))!;
    const file = fileAt.get(Number(link.file_id));
    if (!file) continue;
    const field = String(link.field);
    if (shapeOf(holder.uid).media.get(field)?.multiple) (holder.entry[field] as Entry[]).push({ ...file });
    else holder.entry[field] ??= { ...file };
  }
}

/**
 * A value per row, for one UPDATE of many rows: `CASE id WHEN … THEN … END` (one statement instead
 * of one per row). JSON values are bound as text, cast on PostgreSQL, which stores JSON as jsonb and
 * will not take a text parameter for it without a cast.
 */
export function valueById(trx: Trx, values: ReadonlyArray<{ id: number; value: unknown }>, kind: 'json' | 'plain' = 'plain'): RawQuery {
  const placeholder = kind === 'json' && strapi.db.dialect.client === 'postgres' ? '?::jsonb' : '?';
  return trx.raw(
    `CASE id ${values.map(() => `WHEN ? THEN ${placeholder}`).join(' ')} END`,
    values.flatMap(({ id, value }) => [id, kind === 'json' ? JSON.stringify(value) : value]),
  );
}

/** Runs `work` in the caller's transaction when there is one, else on the connection. */
export function inCallersTransaction<T>(work: (trx: Trx) => Promise<T>): Promise<T> {
  return strapi.db.inTransaction()
    ? (strapi.db.transaction(({ trx }) => work(trx as unknown as Trx)) as Promise<T>)
    : work(strapi.db.connection as unknown as Trx);
}

/**
 * Fills the given component attributes of many entries of one content type, with every nested
 * component and every component's media, as `populate` with the deep component populate would:
 * a single component is an object or null, a repeatable one a list in its stored order, a
 * multiple media attribute a list of files. Serves one application (its form) as well as many at
 * once (ids in, forms out).
 *
 * Runs in the caller's transaction when there is one (a save reads back what it wrote), else on
 * the connection, without a transaction of its own: on PostgreSQL one would not make the statements
 * see one snapshot anyway, and a form newer than the row's version read before it only makes a
 * save from that screen a 409.
 */
export async function populateComponents(uid: string, entries: Entry[], attributes: string[]): Promise<void> {
  if (!entries.length || !attributes.length) return;
  await inCallersTransaction(async (trx) => {
    let level: Holder[] = entries.map((entry) => ({ uid, entry, attributes }));
    const withMedia: Holder[] = [];
    while (level.length) {
      for (const holder of level) {
        for (const attribute of holder.attributes) holder.entry[attribute] = shapeOf(holder.uid).components.get(attribute)?.repeatable ? [] : null;
      }
      const links = (await linksOf(trx, level)).sort((a, b) => a.order - b.order || a.link - b.link);
      if (!links.length) break;
      const idsByType = new Map<string, Set<number>>();
      for (const link of links) idsByType.set(link.type, (idsByType.get(link.type) ?? new Set()).add(link.id));
      const found = await componentRows(trx, idsByType);
      const next: Holder[] = [];
      const placed = new Set<string>();
      for (const link of links) {
        const component = found.get(keyOf(link.type, link.id));
        if (!component) continue;
        const key = keyOf(link.type, link.id);
        if (shapeOf(link.holder.uid).components.get(link.field)?.repeatable) (link.holder.entry[link.field] as Entry[]).push(component);
        else if (link.holder.entry[link.field] === null) link.holder.entry[link.field] = component;
        else continue;
        if (placed.has(key)) continue;
        placed.add(key);
        const shape = shapeOf(link.type);
        if (shape.media.size) {
          for (const [name, media] of shape.media) component[name] = media.multiple ? [] : null;
          withMedia.push({ uid: link.type, entry: component, attributes: [...shape.media.keys()] });
        }
        if (shape.components.size) next.push({ uid: link.type, entry: component, attributes: [...shape.components.keys()] });
      }
      level = next;
    }
    await attachMedia(trx, withMedia);
  });
}

/** The component attributes among a populate's keys: those the loader serves. */
export function componentAttributes(uid: string, populate: unknown): string[] {
  if (typeof populate !== 'object' || populate === null || Array.isArray(populate)) return [];
  const components = shapeOf(uid).components;
  return Object.keys(populate).filter((name) => components.has(name));
}

/**
 * Removes the given component attributes of one entry with all their nested components and media
 * links, a statement per table rather than the document service's load-and-delete per component,
 * so that a save rewriting one section pays for that section's inserts and little else. Runs in
 * the caller's transaction (the write that replaces them).
 */
export async function deleteComponents(uid: string, id: number, attributes: string[]): Promise<void> {
  if (!attributes.length) return;
  const entry: Entry = { id };
  await populateComponents(uid, [entry], attributes);
  const idsByType = new Map<string, Set<number>>();
  const collect = (type: string, component: unknown) => {
    if (!component || typeof component !== 'object') return;
    const row = component as Entry;
    idsByType.set(type, (idsByType.get(type) ?? new Set()).add(row.id));
    for (const [name, nested] of shapeOf(type).components) for (const child of [row[name]].flat()) collect(nested.target, child);
  };
  for (const attribute of attributes) for (const component of [entry[attribute]].flat()) collect(shapeOf(uid).components.get(attribute)!.target, component);
  const related = (strapi.db.metadata.get(FILE as never) as unknown as { attributes: { related: { joinTable: MorphLink } } }).attributes.related.joinTable;
  await strapi.db.transaction(async ({ trx: knex }) => {
    const trx = knex as unknown as Trx;
    const link = shapeOf(uid).link!;
    await tableIn(trx, link.name)
      .where({ [link.joinColumn.name]: id })
      .whereIn(link.pivotColumns[2], attributes)
      .del();
    for (const [type, ids] of idsByType) {
      const shape = shapeOf(type);
      if (shape.link)
        await tableIn(trx, shape.link.name)
          .whereIn(shape.link.joinColumn.name, [...ids])
          .del();
      if (shape.media.size) {
        await tableIn(trx, related.name)
          .where({ [related.morphColumn.typeColumn.name]: type })
          .whereIn(related.morphColumn.idColumn.name, [...ids])
          .del();
      }
      await tableIn(trx, shape.table)
        .whereIn('id', [...ids])
        .del();
    }
  });
}
