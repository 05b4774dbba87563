import type { UID } from '@strapi/strapi';

/**
 * Reads the nested components and media of many records at once, table by table: one query of a
 * model's component links for every parent of the batch, one per component table, and one of the
 * media links at the end — about seventy statements for a batch of applications, where Strapi's
 * populate of one application costs about 160. The result has the shape `populate` gives, so
 * `formFromStrapi` reads it unchanged.
 */

type Row = Record<string, unknown> & { id: number };
type Model = { attributes: Record<string, { type: string; component?: string; repeatable?: boolean; multiple?: boolean }> };
interface ComponentLink {
  joinTable: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName: string;
    /** The parent's id, the component's id, the attribute's name and the component's uid. */
    pivotColumns: [string, string, string, string];
  };
}
interface MorphTable {
  name: string;
  joinColumn: { name: string };
  morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
  orderColumnName?: string;
}

/** An IN list at a time, below the bound-parameter limits of SQLite and PostgreSQL. */
const CHUNK = 1000;
async function inChunks<T>(ids: readonly number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) out.push(...(await read(ids.slice(start, start + CHUNK))));
  return out;
}

const modelOf = (uid: string) => strapi.getModel(uid as UID.Schema) as unknown as Model;
type Knex = typeof strapi.db.connection;

/** A media reference as `populate` gives it, reduced to what the form keeps. */
interface FileRef {
  id: number;
  name: string;
  mime: string;
  url: string;
}

/** Media to attach once every level is read: (model, row) → field → files. */
type MediaWanted = Map<string, Map<number, Row>>;

async function attachComponents(db: Knex, uid: string, parents: Row[], media: MediaWanted): Promise<void> {
  if (!parents.length) return;
  const model = modelOf(uid);
  const entries = Object.entries(model.attributes);
  if (entries.some(([, attribute]) => attribute.type === 'media')) {
    const rows = media.get(uid) ?? new Map<number, Row>();
    for (const parent of parents) rows.set(parent.id, parent);
    media.set(uid, rows);
  }
  const components = entries.filter(([, attribute]) => attribute.type === 'component');
  if (!components.length) return;
  // Every component attribute of a model shares its one `<table>_cmps` link table.
  const { joinTable } = strapi.db.metadata.get(uid).attributes[components[0][0]] as unknown as ComponentLink;
  const [, , fieldColumn, typeColumn] = joinTable.pivotColumns;
  const links = await inChunks(
    parents.map((parent) => parent.id),
    (ids) =>
      db(joinTable.name)
        .select(...joinTable.pivotColumns, joinTable.orderColumnName)
        .whereIn(joinTable.joinColumn.name, ids)
        .orderBy(joinTable.orderColumnName) as Promise<Array<Record<string, unknown>>>,
  );
  const idsByType = new Map<string, number[]>();
  for (const link of links) {
    const type = String(link[typeColumn]);
    idsByType.set(type, [...(idsByType.get(type) ?? []), Number(link[joinTable.inverseJoinColumn.name])]);
  }
  const rowsByType = new Map<string, Map<number, Row>>();
  for (const [type, ids] of idsByType) {
    const rows = await inChunks(ids, (chunk) => strapi.db.query(type as UID.Schema).findMany({ where: { id: { $in: chunk } } }) as Promise<Row[]>);
    await attachComponents(db, type, rows, media);
    rowsByType.set(type, new Map(rows.map((row) => [row.id, row])));
  }
  const byParent = new Map(parents.map((parent) => [parent.id, parent]));
  for (const [field, attribute] of components) for (const parent of parents) parent[field] = attribute.repeatable ? [] : null;
  for (const link of links) {
    const parent = byParent.get(Number(link[joinTable.joinColumn.name]))!;
    const field = String(link[fieldColumn]);
    const row = rowsByType.get(String(link[typeColumn]))?.get(Number(link[joinTable.inverseJoinColumn.name]));
    if (!row) continue;
    if (Array.isArray(parent[field])) (parent[field] as Row[]).push(row);
    else parent[field] = row;
  }
}

/** One query of every media link of the rows read, joined with the files' own columns. */
async function attachMedia(db: Knex, media: MediaWanted): Promise<void> {
  if (!media.size) return;
  const files = strapi.db.metadata.get('plugin::upload.file');
  const morph = (files.attributes as Record<string, unknown>).related as { joinTable: MorphTable };
  const { name, joinColumn, morphColumn, orderColumnName } = morph.joinTable;
  const ids = [...new Set([...media.values()].flatMap((rows) => [...rows.keys()]))];
  const links = await inChunks(ids, (chunk) => {
    const query = db(name)
      .join(files.tableName, `${files.tableName}.id`, `${name}.${joinColumn.name}`)
      .select(...['id', 'name', 'mime', 'url'].map((column) => `${files.tableName}.${column} as ${column}`))
      .select(`${name}.${morphColumn.idColumn.name} as relatedId`, `${name}.${morphColumn.typeColumn.name} as relatedType`, `${name}.field as field`)
      .whereIn(`${name}.${morphColumn.typeColumn.name}`, [...media.keys()])
      .whereIn(`${name}.${morphColumn.idColumn.name}`, chunk);
    return (orderColumnName ? query.orderBy(`${name}.${orderColumnName}`) : query) as Promise<
      Array<FileRef & { relatedId: number; relatedType: string; field: string }>
    >;
  });
  for (const [uid, rows] of media) {
    const attributes = modelOf(uid).attributes;
    for (const row of rows.values())
      for (const [field, attribute] of Object.entries(attributes)) if (attribute.type === 'media') row[field] = attribute.multiple ? [] : null;
  }
  for (const link of links) {
    const row = media.get(link.relatedType)?.get(Number(link.relatedId));
    const attribute = row && modelOf(link.relatedType).attributes[link.field];
    if (!row || !attribute) continue;
    const file: FileRef = { id: Number(link.id), name: link.name, mime: link.mime, url: link.url };
    if (attribute.multiple) (row[link.field] as FileRef[]).push(file);
    else row[link.field] = file;
  }
}

/**
 * Attaches to each row (read from `uid`'s table with its `id`) its components, nested to any
 * depth, and their media, as `populate` of every component would.
 */
export async function loadComponents<T extends Row>(uid: UID.Schema, rows: T[]): Promise<T[]> {
  // Inside the caller's transaction when there is one: SQLite has a single connection.
  return strapi.db.transaction(async ({ trx }) => {
    const media: MediaWanted = new Map();
    await attachComponents(trx as unknown as Knex, uid, rows, media);
    await attachMedia(trx as unknown as Knex, media);
    return rows;
  });
}
