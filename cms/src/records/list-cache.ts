import type { Core } from '@strapi/strapi';
import { sendCached, sendRendered, type Representation } from '../lib/http-cache';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Sends a list page as stored bytes for the current data version, with an ETag the caller's
 * browser revalidates (304 while nothing was written). `key` must name everything the page
 * depends on — the resource, the filters including the caller's scope, the sort and the range —
 * so that callers of different regions never share an entry or an ETag. CONSOLE_LIST_CACHE=false
 * reads and renders every page (the benchmark measures both).
 */
export async function sendListPage(ctx: Ctx, key: string, render: () => Promise<Representation>): Promise<void> {
  if (process.env.CONSOLE_LIST_CACHE === 'false') sendRendered(ctx, await render());
  else await sendCached(ctx, key, render, 'private');
}
