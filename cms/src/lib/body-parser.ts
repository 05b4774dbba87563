import type { Core } from '@strapi/strapi';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<void>;
type Middleware = (ctx: Ctx, next: Next) => Promise<unknown>;
export type MiddlewareFactory = (config: Record<string, unknown>, context: { strapi: Core.Strapi }) => Middleware;

/** The methods koa-body reads a body of unless its configuration names others. */
const PARSED_METHODS = ['POST', 'PUT', 'PATCH'];

/**
 * Strapi's body middleware builds koa-body afresh for every request, and koa-body checks its
 * options with a zod schema each time it is built: 6 % of the server's time under a load of list
 * reads, for requests that have no body to read. A request of another method gets what koa-body
 * would give it, an empty body, without that work; the others go through Strapi's middleware as
 * before (multipart uploads, size limits, the files' clean-up).
 */
export const parseOnlyWhereSent =
  (factory: MiddlewareFactory): MiddlewareFactory =>
  (config, context) => {
    const parse = factory(config, context);
    const parsed = new Set((config.parsedMethods as string[] | undefined) ?? PARSED_METHODS);
    return async (ctx, next) => {
      if (parsed.has(ctx.method)) return parse(ctx, next);
      ctx.request.body = {};
      return next();
    };
  };

export function parseBodiesOnlyWhereSent(strapi: Core.Strapi): void {
  strapi.get('middlewares').extend('strapi::body', parseOnlyWhereSent);
}
