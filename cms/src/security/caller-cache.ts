import type { Core } from '@strapi/strapi';
import { requestVersions } from '../lib/data-version';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<unknown>;

interface Authentication {
  strategy: { name: string };
  credentials: Record<string, unknown> | null;
  ability: unknown;
}

interface Caller {
  version: string;
  /** Whichever comes first: the token's own expiry, or RECHECK_MS after it was checked. */
  until: number;
  auth: Authentication;
}

/**
 * Settings that sign-in reads outside the records the access version follows (users-permissions'
 * advanced settings, such as e-mail confirmation) are seen within this time.
 */
const RECHECK_MS = 60_000;
const MAX_CALLERS = 5_000;
const callers = new Map<string, Caller>();

/** When a signed token stops being valid (its `exp`), in ms; the signature was checked when it was first cached. */
function expiryOf(authorization: string): number {
  try {
    const payload = JSON.parse(Buffer.from(authorization.split(/\s+/)[1].split('.')[1], 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

/**
 * Who a staff member's token signs in, remembered while nothing was written: Strapi's content-API
 * authentication checks the token against the API tokens, verifies its signature and reads the
 * user, its role, the plugin's settings and the role's permissions on every request — six
 * statements and a signature that a console page served from the list cache (or a 304) would
 * otherwise pay for every time. A remembered sign-in holds for one access version (a user, role,
 * permission or API token written anywhere, by any instance, moves it on: a blocked user is
 * refused on the next request; a write to the records does not), never past the token's expiry,
 * and is checked afresh at least every minute. Only users-permissions' successful sign-ins are
 * kept; API tokens, refusals and anonymous calls run Strapi's authentication every time.
 */
export function registerCallerCache(strapi: Core.Strapi): void {
  const auth = strapi.get('auth') as { authenticate(ctx: Ctx, next: Next): Promise<unknown> };
  const authenticate = auth.authenticate.bind(auth);
  auth.authenticate = async (ctx, next) => {
    const route = ctx.state.route as { info?: { type?: string }; config?: { auth?: false | { strategies?: unknown } } } | undefined;
    const authorization = ctx.request.header.authorization;
    if (route?.info?.type !== 'content-api' || route.config?.auth === false || route.config?.auth?.strategies || !authorization) {
      return authenticate(ctx, next);
    }
    const version = (await requestVersions(ctx)).access;
    const known = callers.get(authorization);
    if (known && known.version === version && known.until > Date.now()) {
      // Each request its own copy: nothing a request does to its user reaches the next one.
      const credentials = known.auth.credentials && { ...known.auth.credentials };
      ctx.state.isAuthenticated = true;
      ctx.state.auth = { ...known.auth, credentials };
      ctx.state.user = credentials;
      return next();
    }
    return authenticate(ctx, () => {
      const signedIn = ctx.state.auth as Authentication | undefined;
      if (signedIn?.strategy.name === 'users-permissions' && signedIn.credentials) {
        if (callers.size >= MAX_CALLERS) callers.delete(callers.keys().next().value!);
        callers.set(authorization, {
          version,
          until: Math.min(Date.now() + RECHECK_MS, expiryOf(authorization)),
          auth: { ...signedIn, credentials: { ...signedIn.credentials } },
        });
      }
      return next();
    });
  };
}
