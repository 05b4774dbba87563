import type { Core } from '@strapi/strapi';
import { authorize, readRecord } from '../../../records/controller';
import { actOnCluster } from '../../../workflow/clusters';
import { clusterResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  async action(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, clusterResource, 'transition');
    const id = await actOnCluster(principal, scoped, ctx.params.id, ctx.request.body);
    ctx.body = await readRecord(clusterResource, id, scoped, principal);
  },
};
