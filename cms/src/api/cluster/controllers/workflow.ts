import type { Core } from '@strapi/strapi';
import { authorize, readRecord } from '../../../records/controller';
import { actOnCluster } from '../../../workflow/clusters';
import { provinceProgress } from '../../../workflow/progress';
import { clusterResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  async action(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, clusterResource, 'transition');
    const id = await actOnCluster(principal, scoped, ctx.params.id, ctx.request.body);
    ctx.body = await readRecord(clusterResource, id, scoped, principal);
  },

  async progress(ctx: Ctx) {
    const { principal } = await authorize(ctx, clusterResource, 'read');
    ctx.body = await provinceProgress(principal);
  },
};
