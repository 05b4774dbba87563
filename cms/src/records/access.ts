import { conflict, invalid, notFound } from '../lib/errors';
import type { Filters, RecordResource } from './resource';
import { componentAttributes, populateComponents } from './components';

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
 * service, its components (a whole application form) per table through populateComponents.
 */
async function findWithComponents(uid: RecordTarget['uid'], filters: Filters, populate: unknown): Promise<Record<string, unknown> | null> {
  const components = componentAttributes(uid, populate);
  const read = (rest: unknown) => strapi.documents(uid).findFirst({ filters: filters as never, populate: rest as never }) as Promise<Record<string, unknown> | null>;
  if (!components.length) return read(populate);
  const rest = Object.fromEntries(Object.entries(populate as Record<string, unknown>).filter(([name]) => !components.includes(name)));
  const entity = await read(rest);
  if (entity) await populateComponents(uid, [entity as Record<string, unknown> & { id: number }], components);
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

/**
 * Writes `data` to a document and reads it back with `populate`. Not one `update` with `populate`:
 * the document service would apply that populate to its existence check too, reading a whole
 * application form (about 150 queries) twice; the read back loads components per table.
 */
export async function updateAndRead(
  uid: RecordTarget['uid'],
  documentId: string,
  data: Record<string, unknown>,
  populate: unknown,
): Promise<Record<string, unknown>> {
  const documents = strapi.documents(uid);
  await documents.update({ documentId, data: data as never });
  return (await findWithComponents(uid, { documentId: { $eq: documentId } }, populate))!;
}
