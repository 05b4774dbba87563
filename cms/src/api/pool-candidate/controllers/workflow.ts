import type { Core } from '@strapi/strapi';
import { authorize, readRecord } from '../../../records/controller';
import { actOnPoolCandidate } from '../../../workflow/pool-candidates';
import { poolCandidateResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  async action(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, poolCandidateResource, 'transition');
    const id = await actOnPoolCandidate(principal, scoped, ctx.params.id, ctx.request.body);
    ctx.body = await readRecord(poolCandidateResource, id, scoped, principal);
  },
};
