import { conflict, invalid, notFound } from '../lib/errors';
import type { Filters, RecordResource } from './resource';
import { componentAttributes, deleteComponents } from './components';
import { loadComponents, writeComponentCopies } from './component-copies';
import { appendTo } from '../lib/collections';

/** What finding one record needs to know of its resource: where it is stored and which attribute is its id. */
export type RecordTarget = Pick<RecordResource<{ id: string }, unknown>, 'uid' | 'idField'>;

/** One record by its console id, only if it lies in the caller's scope; 404 otherwise. */
export async function findScoped(
  def: RecordTarget & { populate?: Record<string, unknown> },
  id: string,
  scoped: Filters,
  populate = def.populate,
): Promise<Record<string, unknown>> {
  const entity = await findWithComponents(def.uid, { $and: [scoped, { [def.idField]: { $eq: id } }] }, populate);
  // Outside the caller's scope is indistinguishable from absent.
  if (!entity) notFound();
  return entity;
}

/**
 * The first document the filters find, with `populate`: its relations through the document
 * service, its components (a whole application form) from its copy or per table (loadComponents).
 */
async function findWithComponents(uid: RecordTarget['uid'], filters: Filters, populate: unknown): Promise<Record<string, unknown> | null> {
  const components = componentAttributes(uid, populate);
  if (!components.length)
    return strapi.documents(uid).findFirst({ filters: filters as never, populate: populate as never }) as Promise<Record<string, unknown> | null>;
  const rest = Object.fromEntries(Object.entries(populate as Record<string, unknown>).filter(([name]) => !components.includes(name)));
  // The query the document service would run, without the transaction it wraps every read in (two
  // statements more on the path that opens an application).
  const query = (strapi.get('query-params') as { transform(uid: string, params: unknown): object }).transform(uid, { filters, populate: rest });
  const entity = (await strapi.db.query(uid).findOne(query)) as Record<string, unknown> | null;
  if (entity) await loadComponents(uid, [entity as Record<string, unknown> & { id: number }], components);
  return entity;
}

/**
 * Claims the next version of a record atomically, so that of two writers holding the same
 * version exactly one proceeds and the other gets 409. `also` narrows the claim further
 * (e.g. the state the caller saw), so a record that moved on cannot be claimed either.
 */
export async function claimVersion(uid: RecordTarget['uid'], documentId: string, expected: unknown, also: Record<string, unknown> = {}): Promise<number> {
  if (typeof expected !== 'number') invalid([{ path: 'version', message: { zh: '缺少版本号', en: 'Missing version' } }]);
  const { count } = await strapi.db.query(uid).updateMany({ where: { ...also, documentId, version: expected }, data: { version: expected + 1 } });
  if (count === 0) conflict();
  return expected + 1;
}

type WriteGuard = (data: Record<string, unknown>) => Promise<void>;
const guards = new Map<string, WriteGuard[]>();

/**
 * A check the document service's middlewares make on writes to `uid`, registered (by the security
 * layer) for the writes that go below the document service too (updateAndRead).
 */
export function guardWrites(uid: string, guard: WriteGuard): void {
  appendTo(guards, uid, guard);
}

interface ComponentWriter {
  updateComponents(entry: { id: number }, data: Record<string, unknown>): Promise<Record<string, unknown>>;
  omitComponentData(data: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Writes `data` to a document and reads it back with `populate` (components per table). A write
 * without components goes through the document service. A write of components (a form save) does
 * what the document service's update does — the guards registered for the type in place of its
 * middlewares, Strapi's validation, the component writes, the row — without its `entry.update`
 * event, which re-reads the whole document with every component and relation (about 150
 * statements for an application) for webhooks, which this product does not use. The components
 * replaced are removed per table first, so Strapi's component writer only inserts. Call it inside
 * a transaction: the removal and the write stand or fall together.
 */
export async function updateAndRead(
  uid: RecordTarget['uid'],
  documentId: string,
  data: Record<string, unknown>,
  populate: unknown,
): Promise<Record<string, unknown>> {
  const replaced = componentAttributes(uid, data);
  if (!replaced.length) {
    await strapi.documents(uid).update({ documentId, data: data as never });
    return (await findWithComponents(uid, { documentId: { $eq: documentId } }, populate))!;
  }
  const entry = (await strapi.db.query(uid).findOne({ where: { documentId } })) as { id: number } | null;
  if (!entry) notFound();
  for (const guard of guards.get(uid) ?? []) await guard(data);
  const valid = (await strapi.entityValidator.validateEntityUpdate(
    strapi.getModel(uid) as never,
    data as never,
    { isDraft: true } as never,
    entry as never,
  )) as Record<string, unknown>;
  await deleteComponents(uid, entry.id, replaced);
  const writer = strapi.documents(uid) as unknown as ComponentWriter;
  const components = await writer.updateComponents(entry, valid);
  await strapi.db.query(uid).update({ where: { id: entry.id }, data: { ...writer.omitComponentData(valid), ...components } });
  const saved = (await findWithComponents(uid, { documentId: { $eq: documentId } }, populate))!;
  // Read back under the row this write holds: the copy the write emptied can be written again.
  await writeComponentCopies(uid, [saved]);
  return saved;
}
