import type { Core } from '@strapi/strapi';
import { authorize, readRecord, userFilters } from '../../../records/controller';
import { applicationResource } from '../../application/resource';
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
    // The list's own filter keys and values (400 on any other), so "the filtered list" means what the console shows.
    ctx.body = await assignAll(principal, ctx.request.body, (filter) => userFilters(applicationResource, filter));
  },

  async action(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, expertReviewResource, 'transition');
    const id = await reopenSheet(principal, scoped, ctx.params.id, ctx.request.body);
    ctx.body = await readRecord(expertReviewResource, id, scoped, principal);
  },
};
