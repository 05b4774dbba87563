import type { Core } from '@strapi/strapi';

/**
 * A database that is down, restarting or locked is not the caller's fault and not a bug: answer
 * 503 with Retry-After instead of a 500, so the console and load balancers retry. Knex's pool drops
 * broken connections and opens new ones, so requests succeed again as soon as the database is back.
 */
type Ctx = Parameters<Core.MiddlewareHandler>[0];

export const RETRY_AFTER_SECONDS = 5;

/** Node socket errors met while connecting to or talking with PostgreSQL. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P05 (shutdown, cannot connect now, idle termination), 53300 (too many connections). */
const PG_CODE = /^(08[0-9A-Z]{3}|57P0[1-5]|53300)$/;
/** better-sqlite3 result codes: another writer holds the lock past busy_timeout, or the file cannot be read/written. */
const SQLITE_CODE = /^SQLITE_(BUSY|IOERR|CANTOPEN)(_[A-Z_]+)?$/;
const MESSAGES = [
  /Timeout acquiring a connection/i, // knex: the pool could not get a connection
  /Connection terminated/i, // pg: the server closed the socket mid-query
  /Client has encountered a connection error and is not queryable/i,
  /is not currently accepting connections/i, // ALTER DATABASE … ALLOW_CONNECTIONS false (SQLSTATE 55000, too generic to list)
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/** Whether an error (or any error it wraps) says the database cannot be reached, rather than that the query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code, message, name, cause } = current as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown };
    if (name === 'KnexTimeoutError') return true;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || PG_CODE.test(code) || SQLITE_CODE.test(code))) return true;
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = cause;
  }
  return false;
}

/** A one-row query with a deadline: false when the database cannot answer. */
async function databaseAnswers(strapi: Core.Strapi): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), 3000);
  });
  try {
    return await Promise.race([strapi.db.connection.raw('select 1').then(() => true), deadline]);
  } catch (error) {
    return !isDatabaseUnavailable(error);
  } finally {
    clearTimeout(timer);
  }
}

const isAuthRefusal = (status: unknown) => status === 401 || status === 403;

function answerUnavailable(ctx: Ctx): void {
  ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
  ctx.status = 503;
  ctx.body = {
    data: null,
    error: { status: 503, name: 'ServiceUnavailableError', message: '数据库暂不可用，请稍后重试 / Database temporarily unavailable, retry later', details: {} },
  };
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    // The users-permissions strategy swallows the error of its user lookup and refuses the token:
    // without this check a database outage would sign every console user out.
    const refusedBecauseDown = async (status: unknown) => isAuthRefusal(status) && Boolean(ctx.get('Authorization')) && !(await databaseAnswers(strapi));
    try {
      await next();
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (isDatabaseUnavailable(error) || (await refusedBecauseDown(status))) {
        strapi.log.warn(`${ctx.method} ${ctx.path}: database unavailable (${(error as Error).message}), answered 503`);
        return answerUnavailable(ctx);
      }
      throw error;
    }
    if (await refusedBecauseDown(ctx.status)) answerUnavailable(ctx);
  };
