import type { Core } from '@strapi/strapi';
import { authorize } from '../../../records/controller';
import { decideProposals } from '../../../workflow/revocation-proposals';
import { revocationGroundResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  /** The province confirms or dismisses one or several proposals; the answer says what each did. */
  async decide(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, revocationGroundResource, 'transition');
    ctx.body = await decideProposals(principal, scoped, ctx.request.body);
  },
};
