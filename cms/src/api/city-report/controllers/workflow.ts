import type { Core } from '@strapi/strapi';
import { authorize, readRecord } from '../../../records/controller';
import { actOnCityReport } from '../../../workflow/city-reports';
import { cityReportResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  async action(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, cityReportResource, 'transition');
    const id = await actOnCityReport(principal, scoped, ctx.params.id, ctx.request.body);
    ctx.body = await readRecord(cityReportResource, id, scoped, principal);
  },
};
