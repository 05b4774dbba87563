import type { z } from 'zod';
import type { UID } from '@strapi/strapi';
import type { Resource, Scope } from '@sme-cluster/rules';
import type { StaffPrincipal } from '../lib/principal';

export type Filters = Record<string, unknown>;

/**
 * How one content type is exposed at /api/console/<resource> in the simple-rest shape.
 * The definition is data; the controller and routes are generated from it.
 */
export interface RecordResource<TRecord extends { id: string }, TInput = unknown> {
  resource: Resource;
  uid: UID.ContentType;
  /** The attribute used as the react-admin id (documentId, or a natural key such as a region code). */
  idField: string;
  populate?: Record<string, unknown>;
  /** The columns a list reads, when some are too big to read for every row (e.g. a stored report); all when absent. */
  fields?: string[];
  toRecord(entity: Record<string, unknown>): TRecord;
  /** Dotted attribute paths that carry the scope of a record (see config/role-matrix.json). */
  scopePaths: Partial<Record<Exclude<Scope, 'all'>, string>>;
  /** Allowed filter keys → attribute path (values: scalar or array). */
  filters: Record<string, string>;
  /** Filter keys → date attribute paths: the value is a year and matches the dates of that year (a dashboard's "recognized in 2025"). */
  yearFilters?: Record<string, string>;
  searchFields: string[];
  /** Sortable record fields → attribute path. */
  sortable: Record<string, string>;
  defaultSort: [string, 'ASC' | 'DESC'];
  /**
   * What a list page's records take from elsewhere, read once for the page (e.g. when each recognized
   * list was published); runs before the page is stored, so a cached page carries it too.
   */
  completeList?(records: TRecord[]): Promise<TRecord[]>;
  /** What a single-record read (and the answer to a write) adds to the list columns, e.g. the whole form. */
  detail?: { populate: Record<string, unknown>; toRecord(entity: Record<string, unknown>, principal?: StaffPrincipal): TRecord };
  /** Body schema for create (and update, unless `updateInput` differs); absent means read-only. */
  input?: z.ZodType<TInput>;
  updateInput?: z.ZodType<TInput>;
  /** Turns validated input into document data; may check the database (e.g. that a county lies in its prefecture). */
  toData?(input: TInput, principal: StaffPrincipal, existing?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Which prefecture/county a body would put the record in, checked against the caller's scope before writing. */
  inputScope?(input: TInput, principal: StaffPrincipal): { prefectureCode?: string | null; countyCode?: string | null };
  /** Writes what a new record implies, in the same transaction as the record itself. */
  afterCreate?(entity: Record<string, unknown>, principal: StaffPrincipal): Promise<void>;
  /** What an update's audit event records beyond the record before and the fields written (e.g. each score before → after). */
  updateDetails?(existing: Record<string, unknown>, data: Record<string, unknown>): Record<string, unknown>;
  /** Runs inside the update's transaction, like afterCreate. */
  afterUpdate?(entity: Record<string, unknown>, principal: StaffPrincipal): Promise<void>;
  /** What the caller may see beyond its region, e.g. no archived records; merged into every scoped read and write. */
  visibleTo?(principal: StaffPrincipal): Filters;
  /**
   * How a DELETE by this caller ends: the row removed or kept as archived. Throws 409 with the
   * reason when the record may not be deleted in its state. Absent: removed.
   */
  deletion?(existing: Record<string, unknown>, principal: StaffPrincipal): 'remove' | 'archive';
  /** The lifecycle actions the caller may start on the record now (role, region, state); read with every single record. */
  allowedActions?(principal: StaffPrincipal, entity: Record<string, unknown>): string[];
  /** Whether the record carries a version column for optimistic concurrency. */
  versioned?: boolean;
  auditSubject?: string;
}

/** "call-notices" → "call-notice": the api folder that serves a resource at /api/console/<resource>. */
export function apiOf(resource: Resource): string {
  return resource === 'users' ? 'user' : resource.replace(/s$/, '');
}

/** Builds a nested Strapi filter from a dotted path: "cluster.prefecture.code" → { cluster: { prefecture: { code: v } } }. */
export function pathFilter(path: string, condition: unknown): Filters {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), condition) as Filters;
}

export function scopeFilter(def: RecordResource<{ id: string }, unknown>, scope: Scope, principal: StaffPrincipal): Filters {
  if (scope === 'all') return {};
  const path = def.scopePaths[scope];
  const value = scope === 'prefecture' ? principal.prefectureCode : scope === 'county' ? principal.countyCode : principal.id;
  // A scope the resource cannot express, or a user without a region, sees nothing rather than everything.
  if (!path || value == null) return { id: { $in: [] } };
  return pathFilter(path, { $eq: value });
}

export const isPlain = (value: unknown): value is Filters => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A value a filter may compare a column with, as opposed to an operator object or a list. */
export const isScalar = (value: unknown): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value);

/** Merges b into a where they agree; null when the same operator asks for two different things. */
function merged(a: Filters, b: Filters): Filters | null {
  const out: Filters = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (!(key in out)) out[key] = value;
    else if (isPlain(out[key]) && isPlain(value) && !key.startsWith('$')) {
      const inner = merged(out[key] as Filters, value);
      if (!inner) return null;
      out[key] = inner;
    } else if (JSON.stringify(out[key]) !== JSON.stringify(value)) return null;
  }
  return out;
}

/**
 * One filter from several: conditions on the same relation are folded into one object, because
 * Strapi joins a relation once per object it appears in — the scope and the user's own
 * prefecture filter would otherwise join the region tables twice on every list.
 */
export function mergeFilters(filters: Filters[]): Filters {
  const rest: Filters[] = [];
  let folded: Filters = {};
  for (const filter of filters) {
    const next = merged(folded, filter);
    if (next) folded = next;
    else rest.push(filter);
  }
  return rest.length ? { $and: [folded, ...rest] } : folded;
}
