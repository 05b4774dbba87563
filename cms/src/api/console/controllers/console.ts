import type { Core } from '@strapi/strapi';
import { principalOf } from '../../../lib/principal';
import { forbidden } from '../../../lib/errors';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  /** Who the console is talking to: role key and region, so it can show only what applies. */
  async me(ctx: Ctx) {
    const principal = await principalOf(ctx);
    if (!principal) forbidden();
    const { id, username, email, role, region } = principal;
    ctx.body = { id, username, email, role, region };
  },
};
