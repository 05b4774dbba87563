import type { Core } from '@strapi/strapi';

/**
 * Login rate limit on POST /api/auth/local: failed attempts are counted per client IP + account
 * (LOGIN_MAX_ATTEMPTS, default 10, per LOGIN_WINDOW_MINUTES, default 15) and per IP over all
 * identifiers (LOGIN_MAX_PER_IP, default 100, against password spraying). Over either limit: 429
 * with a zh/en message and Retry-After. A successful login clears its identifier's count. Counts
 * live in this process's memory: N instances behind a load balancer allow N times as many.
 */
type Ctx = Parameters<Core.MiddlewareHandler>[0];

interface Bucket {
  count: number;
  resetAt: number;
}

const MAX_KEYS = 100_000;

export function createLoginLimiter(options: { maxAttempts: number; maxPerIp: number; windowMs: number; now?: () => number }) {
  const buckets = new Map<string, Bucket>();
  const now = options.now ?? Date.now;
  const live = (key: string): Bucket | undefined => {
    const bucket = buckets.get(key);
    if (bucket && bucket.resetAt <= now()) {
      buckets.delete(key);
      return undefined;
    }
    return bucket;
  };
  const prune = () => {
    const t = now();
    for (const [key, bucket] of buckets) if (bucket.resetAt <= t) buckets.delete(key);
    // Still too many (a flood of distinct identifiers): drop the oldest.
    for (const key of buckets.keys()) {
      if (buckets.size <= MAX_KEYS) break;
      buckets.delete(key);
    }
  };
  return {
    /** Milliseconds until the caller may try again, or 0 when it may try now. */
    blockedFor(ip: string, identifier: string): number {
      const byUser = live(`u:${ip}:${identifier}`);
      const byIp = live(`i:${ip}`);
      const blocked = [byUser && byUser.count >= options.maxAttempts ? byUser : undefined, byIp && byIp.count >= options.maxPerIp ? byIp : undefined].filter(
        Boolean,
      ) as Bucket[];
      return blocked.length ? Math.max(...blocked.map((b) => b.resetAt - now())) : 0;
    },
    failed(ip: string, identifier: string): void {
      if (buckets.size > MAX_KEYS) prune();
      for (const key of [`u:${ip}:${identifier}`, `i:${ip}`]) {
        const bucket = live(key) ?? { count: 0, resetAt: now() + options.windowMs };
        bucket.count += 1;
        buckets.set(key, bucket);
      }
    },
    succeeded(ip: string, identifier: string): void {
      buckets.delete(`u:${ip}:${identifier}`);
    },
  };
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * One counter per account whatever names it: an e-mail address and a username (any letter case)
 * of the same user count together. A name that is no account is counted as typed.
 */
async function accountKey(identifier: string): Promise<string> {
  if (!identifier) return '';
  const user = (await strapi.db.query('plugin::users-permissions.user').findOne({
    where: { $or: [{ email: { $eqi: identifier } }, { username: { $eqi: identifier } }] },
    select: ['id'],
  })) as { id: number } | null;
  return user ? `account:${user.id}` : `name:${identifier.toLowerCase()}`;
}

export default () => {
  const windowMinutes = positive(process.env.LOGIN_WINDOW_MINUTES, 15);
  const limiter = createLoginLimiter({
    maxAttempts: positive(process.env.LOGIN_MAX_ATTEMPTS, 10),
    maxPerIp: positive(process.env.LOGIN_MAX_PER_IP, 100),
    windowMs: windowMinutes * 60_000,
  });
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || ctx.path.replace(/\/+$/, '').toLowerCase() !== '/api/auth/local') return next();
    const body = ctx.request.body as { identifier?: unknown } | undefined;
    const identifier = await accountKey(typeof body?.identifier === 'string' ? body.identifier.trim().slice(0, 200) : '');
    const ip = ctx.request.ip;
    const wait = limiter.blockedFor(ip, identifier);
    if (wait > 0) {
      const minutes = Math.max(1, Math.ceil(wait / 60_000));
      ctx.set('Retry-After', String(Math.ceil(wait / 1000)));
      ctx.status = 429;
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: 'RateLimitError',
          message: `登录尝试次数过多，请 ${minutes} 分钟后再试 / Too many login attempts; try again in ${minutes} min`,
          details: {},
        },
      };
      return;
    }
    try {
      await next();
    } catch (error) {
      // A wrong password is thrown (ValidationError) and answered by strapi::errors further out.
      limiter.failed(ip, identifier);
      throw error;
    }
    if (ctx.status === 200) limiter.succeeded(ip, identifier);
    else if (ctx.status >= 400) limiter.failed(ip, identifier);
  };
};
