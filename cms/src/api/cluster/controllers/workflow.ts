import type { Core } from '@strapi/strapi';
import { authorize } from '../../../console/controller';
import { actOnCluster } from '../../../workflow/clusters';
import { clusterResource } from '../console';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  async action(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, clusterResource, 'transition');
    ctx.body = await actOnCluster(principal, scoped, ctx.params.id, ctx.request.body);
  },
};
