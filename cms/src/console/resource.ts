import type { z } from 'zod';
import type { UID } from '@strapi/strapi';
import type { Resource, Scope } from '@sme-cluster/rules';
import type { StaffPrincipal } from '../lib/principal';

export type Filters = Record<string, unknown>;

/**
 * How one content type is exposed at /api/console/<resource> in the simple-rest shape.
 * The definition is data; the controller and routes are generated from it.
 */
export interface ConsoleResource<TRecord extends { id: string }, TInput = unknown> {
  resource: Resource;
  uid: UID.ContentType;
  /** The attribute used as the react-admin id (documentId, or a natural key such as a region code). */
  idField: string;
  populate?: Record<string, unknown>;
  toRecord(entity: Record<string, unknown>): TRecord;
  /** Dotted attribute paths that carry the scope of a record (see config/role-matrix.json). */
  scopePaths: Partial<Record<Exclude<Scope, 'all'>, string>>;
  /** Allowed filter keys → attribute path (values: scalar or array). */
  filters: Record<string, string>;
  searchFields: string[];
  /** Sortable record fields → attribute path. */
  sortable: Record<string, string>;
  defaultSort: [string, 'ASC' | 'DESC'];
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
  /** Runs inside the update's transaction, like afterCreate. */
  afterUpdate?(entity: Record<string, unknown>, principal: StaffPrincipal): Promise<void>;
  /** Whether the record carries a version column for optimistic concurrency. */
  versioned?: boolean;
  auditSubject?: string;
}

/** Builds a nested Strapi filter from a dotted path: "cluster.prefecture.code" → { cluster: { prefecture: { code: v } } }. */
export function pathFilter(path: string, condition: unknown): Filters {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), condition) as Filters;
}

export function scopeFilter(def: ConsoleResource<{ id: string }, unknown>, scope: Scope, principal: StaffPrincipal): Filters {
  if (scope === 'all') return {};
  const path = def.scopePaths[scope];
  const value = scope === 'prefecture' ? principal.prefectureCode : scope === 'county' ? principal.countyCode : principal.id;
  // A scope the resource cannot express, or a user without a region, sees nothing rather than everything.
  if (!path || value == null) return { id: { $in: [] } };
  return pathFilter(path, { $eq: value });
}
