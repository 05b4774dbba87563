import { currentSettings } from '../settings/store';

const JOB_RUN = 'api::job-run.job-run';
const HOUR_MS = 3_600_000;

/**
 * Marks `abandoned` the job runs still `running` that started more than the configured hours
 * (settings `jobs.staleRunHours`) before `now`: their process was killed mid-run, so nothing will
 * ever finish them. A run's changes are applied batch by batch in their own transactions, so what
 * such a run applied stays applied; the next fire picks up the rest. Returns how many were marked.
 */
export async function abandonStaleRuns(now = new Date()): Promise<number> {
  const hours = (await currentSettings()).settings.jobs.staleRunHours;
  const startedBefore = new Date(now.getTime() - hours * HOUR_MS);
  const stale = await strapi.db.query(JOB_RUN).findMany({
    where: { outcome: 'running', startedAt: { $lt: startedBefore } },
    select: ['id', 'startedAt', 'details'],
  });
  let abandoned = 0;
  for (const run of stale) {
    // Conditioned on `running`: a run that finishes meanwhile keeps its own outcome.
    const { count } = await strapi.db.query(JOB_RUN).updateMany({
      where: { id: run.id, outcome: 'running' },
      data: {
        outcome: 'abandoned',
        finishedAt: now,
        details: {
          ...(run.details as Record<string, unknown> | null),
          abandoned: `开始于 ${new Date(run.startedAt).toISOString()}，超过 ${hours} 小时仍未结束，视为已中断 / still running ${hours} h after it started: its process stopped mid-run`,
        },
      },
    });
    abandoned += count;
  }
  if (abandoned) strapi.log.warn(`job runs: ${abandoned} stale run(s) marked abandoned`);
  return abandoned;
}
