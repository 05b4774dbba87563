import { personName, type Person } from '@sme-cluster/rules';
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
    const name = personName(ctx.state.user as Person) ?? username;
    // The console decides what to show with the same matrix check as the server, on this row.
    ctx.body = { id, username, name, email, role, region, grants: roleMatrix().grants[role] ?? {} };
  },
};
