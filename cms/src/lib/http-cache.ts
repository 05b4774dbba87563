import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { requestVersions } from './data-version';
import { todayInShanghai } from '@sme-cluster/rules';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** A rendered answer, kept as the bytes that are sent: a hit costs no query, no shaping, no JSON.stringify. */
export interface Representation {
  type: string;
  body: string;
  /** Headers that belong to the body (a list's Content-Range), sent with it from the store as well. */
  headers?: Record<string, string>;
}

/**
 * Browsers and proxies may store the answer but must ask again each time: the 304 costs one
 * small read, and a published or withdrawn list shows on the very next request. A console answer
 * is the caller's (Bearer-authenticated, region-scoped): only the caller's own browser may keep it.
 */
const CACHE_CONTROL = { public: 'public, no-cache', private: 'private, no-cache' } as const;
export type Audience = keyof typeof CACHE_CONTROL;

/** Rendered answers of the current data version, by ETag; emptied whenever the version moves on. */
const MAX_ENTRIES = 1000;
/** Console pages of 500 rows run to a few hundred kilobytes each: the store is bounded by size too. */
const MAX_BYTES = 64 * 1024 * 1024;
let rendered = new Map<string, Representation>();
let renderedBytes = 0;
let renderedVersion = '';

function matches(ifNoneMatch: string, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

function keep(etag: string, representation: Representation): void {
  const bytes = representation.body.length * 2;
  while (rendered.size && (rendered.size >= MAX_ENTRIES || renderedBytes + bytes > MAX_BYTES)) {
    const [oldest, entry] = rendered.entries().next().value!;
    rendered.delete(oldest);
    renderedBytes -= entry.body.length * 2;
  }
  rendered.set(etag, representation);
  renderedBytes += bytes;
}

function send(ctx: Ctx, representation: Representation): void {
  for (const [name, value] of Object.entries(representation.headers ?? {})) ctx.set(name, value);
  ctx.type = representation.type;
  ctx.body = representation.body;
}

/**
 * Answers a GET from the data version instead of from the data: the ETag is a hash of (version,
 * today's date in China, key), so a matching If-None-Match is a 304 without querying or rendering
 * anything, and a stored answer is sent as it was rendered. Today is part of it because validity
 * and notice periods end at midnight without any write. `key` must identify the representation
 * (path and parsed query; for a console answer also everything that scopes it to the caller, so
 * that callers of different regions never share an ETag or an entry).
 */
export async function sendCached(ctx: Ctx, key: string, render: () => Promise<Representation>, audience: Audience = 'public'): Promise<void> {
  const version = (await requestVersions(ctx)).data;
  const etag = `"${createHash('sha1').update(`${version}|${todayInShanghai()}|${key}`).digest('base64url').slice(0, 27)}"`;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', CACHE_CONTROL[audience]);
  if (audience === 'private') ctx.set('Vary', 'Authorization');
  if (matches(ctx.get('If-None-Match'), etag)) {
    ctx.status = 304;
    return;
  }
  if (version !== renderedVersion) {
    rendered = new Map();
    renderedBytes = 0;
    renderedVersion = version;
  }
  let representation = rendered.get(etag);
  if (representation) {
    // Most recently used last: the oldest entry is the first one dropped.
    rendered.delete(etag);
    rendered.set(etag, representation);
  } else {
    representation = await render();
    // The version may have moved on while rendering; the entry is then simply never asked for.
    if (renderedVersion === version) keep(etag, representation);
  }
  send(ctx, representation);
}

/** Sends a rendered answer without storing it or validating it (a cache turned off). */
export function sendRendered(ctx: Ctx, representation: Representation): void {
  send(ctx, representation);
}
