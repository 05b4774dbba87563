import type { Core } from '@strapi/strapi';
import { authorize, readRecord, userFilters } from '../../../records/controller';
import { evaluateApplication, latestReport, transitionApplication } from '../../../workflow/applications';
import { planEvaluations, planNationalMarks } from '../../../workflow/application-batches';
import { streamBatchRun } from '../../../lib/batch-run';
import { applicationRanking } from '../../../workflow/expert-reviews';
import { expertReviewResource } from '../../expert-review/resource';
import { applicationResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The workflow endpoints of an application; each one goes through the matrix and the caller's scope. */
export default {
  async transition(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, applicationResource, 'transition');
    const id = await transitionApplication(principal, scoped, ctx.params.id, ctx.request.body);
    ctx.body = await readRecord(applicationResource, id, scoped, principal);
  },

  async evaluate(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, applicationResource, 'transition');
    ctx.body = await evaluateApplication(principal, scoped, ctx.params.id);
  },

  /** The list's own filter keys and values (400 on any other), so "the filtered list" means what the console shows; answered as a streamed batch run. */
  async evaluateAll(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, applicationResource, 'transition');
    streamBatchRun(ctx, await planEvaluations(principal, scoped, ctx.request.body, (filter) => userFilters(applicationResource, filter)));
  },

  /** 拟推荐国家级 for the ticked rows or the whole filtered list, each through its own transition. */
  async markNationalAll(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, applicationResource, 'transition');
    streamBatchRun(ctx, await planNationalMarks(principal, scoped, ctx.request.body, (filter) => userFilters(applicationResource, filter)));
  },

  async report(ctx: Ctx) {
    const { scoped } = await authorize(ctx, applicationResource, 'read');
    ctx.body = await latestReport(scoped, ctx.params.id);
  },

  /** The province's ranking reads every submitted score sheet, so it needs expert reviews in scope `all`. */
  async ranking(ctx: Ctx) {
    const { principal } = await authorize(ctx, expertReviewResource, 'read');
    ctx.body = await applicationRanking(principal, ctx.query);
  },
};
