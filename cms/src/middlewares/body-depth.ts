import type { Core } from '@strapi/strapi';
import { invalid } from '../lib/errors';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * The deepest a request body may nest. The application form, the deepest body the product takes,
 * nests about eight levels; the admin panel's bodies about a dozen. Anything far deeper is an
 * attack on the recursive walks behind validation (a 20,000-level body overflowed the stack).
 */
export const MAX_BODY_DEPTH = 64;

/** How deep `value` nests, counted without recursion and giving up past `limit`. */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** After strapi::body: a body nested deeper than MAX_BODY_DEPTH is a 400 before any handler walks it. */
export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (depthExceeds(ctx.request.body, MAX_BODY_DEPTH)) {
    invalid([
      { path: '', message: { zh: `提交的数据嵌套过深（最多 ${MAX_BODY_DEPTH} 层）`, en: `The body nests too deeply (at most ${MAX_BODY_DEPTH} levels)` } },
    ]);
  }
  await next();
};
