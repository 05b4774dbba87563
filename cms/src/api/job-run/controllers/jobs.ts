import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { JOB_NAMES, safeParseFields } from '@sme-cluster/rules';
import { authorize } from '../../../records/controller';
import { invalid, unprocessable } from '../../../lib/errors';
import { runJob } from '../../../jobs/runner';
import { jobRunRecord, jobRunResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const runRequestSchema = z.strictObject({
  job: z.enum(JOB_NAMES),
  dryRun: z.boolean(),
  /** The moment to judge by (ISO with offset); now when absent. */
  at: z.iso.datetime({ offset: true }).optional(),
});

export default {
  /**
   * POST /api/jobs/:job/run { dryRun, at? } — "run now" and dry run for whoever may create job runs
   * (province_admin). A real run may be dated in the past (to catch up a missed fire) but never in the
   * future: that would apply tomorrow's deadlines today. A dry run may look ahead.
   */
  async run(ctx: Ctx) {
    const { principal } = await authorize(ctx, jobRunResource, 'create');
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const parsed = safeParseFields(runRequestSchema, { ...body, job: ctx.params.job });
    if (!parsed.success) invalid(parsed.errors);
    const { job, dryRun, at } = parsed.data;
    const now = at ? new Date(at) : new Date();
    if (!dryRun && now.getTime() > Date.now()) {
      unprocessable('只能试运行未来时点 / Only a dry run may be dated in the future', [
        { path: 'at', message: { zh: '正式运行的时点不能晚于当前时间', en: 'A real run cannot be dated in the future' } },
      ]);
    }
    const { run, changes } = await runJob(job, { now, dryRun, actor: principal });
    ctx.status = 201;
    ctx.body = { run: jobRunRecord(run), changes };
  },
};
