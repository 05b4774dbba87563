import cron, { type ScheduledTask } from 'node-cron';
import { JOB_NAMES } from '@sme-cluster/rules';
import { schedulesConfig } from './config';
import { runJob } from './runner';

let tasks: ScheduledTask[] = [];

/**
 * Schedules every job of config/schedules.json in its time zone. Every instance schedules them;
 * the run key of each fire lets exactly one of them do the work. Off with SCHEDULER_ENABLED=false
 * (tests drive the jobs with a fixed clock instead).
 */
export function startScheduler(): void {
  if (process.env.SCHEDULER_ENABLED === 'false' || tasks.length) return;
  const config = schedulesConfig();
  tasks = JOB_NAMES.map((job) =>
    cron.schedule(
      config.schedules[job],
      async (context) => {
        try {
          const { run } = await runJob(job, { now: context.date, scheduled: true });
          strapi.log.info(`job ${job}: ${run.outcome}, ${run.examined} examined, ${run.changed} changed`);
        } catch (error) {
          strapi.log.error(`job ${job} failed: ${(error as Error).message}`);
        }
      },
      { name: `sme-cluster:${job}`, timezone: config.timeZone, noOverlap: true },
    ),
  );
}

export async function stopScheduler(): Promise<void> {
  await Promise.all(tasks.map((task) => task.destroy()));
  tasks = [];
}
