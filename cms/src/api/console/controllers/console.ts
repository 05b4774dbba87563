import type { Core } from '@strapi/strapi';
import { principalOf } from '../../../lib/principal';
import { forbidden } from '../../../lib/errors';
import { roleMatrix } from '../../../lib/config';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  /** Who the console is talking to: role key and region, so it can show only what applies. */
  async me(ctx: Ctx) {
    const principal = await principalOf(ctx);
    if (!principal) forbidden();
    const { id, username, email, role, region } = principal;
    // The console decides what to show with the same matrix check as the server, on this row.
    ctx.body = { id, username, email, role, region, grants: roleMatrix().grants[role] ?? {} };
  },
};
