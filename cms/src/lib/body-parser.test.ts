import type { Core } from '@strapi/strapi';
import { parseOnlyWhereSent, type MiddlewareFactory } from './body-parser';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** A stand-in for Strapi's body middleware that records the requests it was asked to read. */
function recordingFactory(): { factory: MiddlewareFactory; read: string[] } {
  const read: string[] = [];
  const factory: MiddlewareFactory = () => async (ctx, next) => {
    read.push(ctx.method);
    ctx.request.body = { parsed: true };
    await next();
  };
  return { factory, read };
}

async function send(factory: MiddlewareFactory, config: Record<string, unknown>, method: string) {
  const ctx = { method, request: {} } as unknown as Ctx;
  let passedOn = false;
  await factory(config, { strapi: {} as Core.Strapi })(ctx, async () => {
    passedOn = true;
  });
  return { body: ctx.request.body, passedOn };
}

describe('parseOnlyWhereSent', () => {
  it('reads the body of POST, PUT and PATCH through Strapi’s middleware, and gives other methods an empty body', async () => {
    const { factory, read } = recordingFactory();
    const wrapped = parseOnlyWhereSent(factory);
    for (const method of ['POST', 'PUT', 'PATCH']) expect(await send(wrapped, {}, method)).toEqual({ body: { parsed: true }, passedOn: true });
    for (const method of ['GET', 'HEAD', 'DELETE', 'OPTIONS']) expect(await send(wrapped, {}, method)).toEqual({ body: {}, passedOn: true });
    expect(read).toEqual(['POST', 'PUT', 'PATCH']);
  });

  it('follows the methods the configuration names', async () => {
    const { factory, read } = recordingFactory();
    const wrapped = parseOnlyWhereSent(factory);
    await send(wrapped, { parsedMethods: ['POST', 'DELETE'] }, 'DELETE');
    await send(wrapped, { parsedMethods: ['POST', 'DELETE'] }, 'PUT');
    expect(read).toEqual(['DELETE']);
  });
});
