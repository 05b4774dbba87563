import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { dataVersion } from '../lib/data-version';
import { todayInShanghai } from '@sme-cluster/rules';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export interface Representation {
  type: string;
  body: string;
}

/**
 * Browsers and proxies may store the answer but must ask again each time: the 304 costs one
 * small read, and a published or withdrawn list shows on the very next request.
 */
export const PUBLIC_CACHE_CONTROL = 'public, no-cache';

const MAX_ENTRIES = 500;
/** Rendered answers of the current data version, by ETag; emptied whenever the version moves on. */
let rendered = new Map<string, Representation>();
let renderedVersion = '';

function matches(ifNoneMatch: string, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/**
 * Answers a public GET from the data version instead of from the data: the ETag is a hash of
 * (version, today's date in China, resource key), so a matching If-None-Match is a 304 without
 * querying or rendering anything. Today is part of it because validity and notice periods end at
 * midnight without any write. `key` must identify the representation (path and parsed query).
 */
export async function sendCached(ctx: Ctx, key: string, render: () => Promise<Representation>): Promise<void> {
  const version = await dataVersion();
  const etag = `"${createHash('sha1').update(`${version}|${todayInShanghai()}|${key}`).digest('base64url').slice(0, 27)}"`;
  if (matches(ctx.get('If-None-Match'), etag)) {
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', PUBLIC_CACHE_CONTROL);
    ctx.status = 304;
    return;
  }
  if (version !== renderedVersion) {
    rendered = new Map();
    renderedVersion = version;
  }
  let representation = rendered.get(etag);
  if (!representation) {
    representation = await render();
    // The version may have moved on while rendering; the entry is then simply never asked for.
    if (rendered.size >= MAX_ENTRIES) rendered.delete(rendered.keys().next().value!);
    rendered.set(etag, representation);
  }
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  ctx.type = representation.type;
  ctx.body = representation.body;
}
