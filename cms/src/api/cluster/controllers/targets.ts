import { z } from 'zod';
import type { Core } from '@strapi/strapi';
import { fieldErrorsFromZod } from '@sme-cluster/rules';
import { authorize } from '../../../records/controller';
import { invalid } from '../../../lib/errors';
import { clusterTargets, clustersBehind } from '../../../workflow/targets';
import { behindWorkbook } from '../../../documents/targets-sheet';
import { clusterResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const behindQuery = z.strictObject({
  prefectureCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});

function prefectureOf(query: unknown): string | undefined {
  const parsed = behindQuery.safeParse(query);
  if (!parsed.success) invalid(fieldErrorsFromZod(parsed.error));
  return parsed.data.prefectureCode;
}

export default {
  /** GET /clusters/:id/targets — baseline → each plan year's actual → target, per indicator, with 正常/滞后. */
  async ofCluster(ctx: Ctx) {
    const { scoped } = await authorize(ctx, clusterResource, 'read');
    ctx.body = await clusterTargets(String(ctx.params.id), scoped);
  },

  /** GET /clusters/targets-behind?prefectureCode= — the clusters in effect behind on one indicator or more, in the caller's region. */
  async behind(ctx: Ctx) {
    const { scoped } = await authorize(ctx, clusterResource, 'read');
    const prefectureCode = prefectureOf(ctx.query);
    ctx.body = await clustersBehind(scoped, prefectureCode);
  },

  /** GET /clusters/targets-behind.xlsx?prefectureCode= — the same list as a sheet. */
  async behindSheet(ctx: Ctx) {
    const { scoped } = await authorize(ctx, clusterResource, 'read');
    const prefectureCode = prefectureOf(ctx.query);
    const body = await behindWorkbook(await clustersBehind(scoped, prefectureCode));
    ctx.set('Content-Disposition', `attachment; filename="clusters-behind.xlsx"; filename*=UTF-8''${encodeURIComponent('规划目标滞后集群.xlsx')}`);
    ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    ctx.body = body;
  },
};
