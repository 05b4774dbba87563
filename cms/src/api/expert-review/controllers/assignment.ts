import type { Core } from '@strapi/strapi';
import { authorize, readRecord } from '../../../records/controller';
import { assignAll, expertChoices } from '../../../workflow/expert-assignment';
import { reopenSheet } from '../../../workflow/expert-reviews';
import { expertReviewResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The province's assignment of experts and its actions on a sheet; each goes through the matrix. */
export default {
  async choices(ctx: Ctx) {
    await authorize(ctx, expertReviewResource, 'create');
    ctx.body = await expertChoices(ctx.query);
  },

  async assignAll(ctx: Ctx) {
    const { principal } = await authorize(ctx, expertReviewResource, 'create');
    ctx.body = await assignAll(principal, ctx.request.body);
  },

  async action(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, expertReviewResource, 'transition');
    const id = await reopenSheet(principal, scoped, ctx.params.id, ctx.request.body);
    ctx.body = await readRecord(expertReviewResource, id, scoped, principal);
  },
};
