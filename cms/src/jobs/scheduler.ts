import cron, { type ScheduledTask } from 'node-cron';
import { JOB_NAMES, type JobName, type JobsConfig } from '@sme-cluster/rules';
import { schedulesConfig } from './config';
import { runJob } from './runner';

interface Planned {
  task: ScheduledTask;
  expression: string;
  timeZone: string;
}

const tasks = new Map<JobName, Planned>();
// Fires still running: stopping waits for them, so nothing writes a run after the scheduler is stopped
// (a shutdown that closes the database under a running job would leave it half done).
const inFlight = new Set<Promise<void>>();

function plan(job: JobName, expression: string, timeZone: string): Planned {
  const task = cron.schedule(
    expression,
    async (context) => {
      const fire = runJob(job, { now: context.date, scheduled: true }).then(
        ({ run }) => void strapi.log.info(`job ${job}: ${run.outcome}, ${run.examined} examined, ${run.changed} changed`),
        (error: Error) => void strapi.log.error(`job ${job} failed: ${error.message}`),
      );
      inFlight.add(fire);
      await fire;
      inFlight.delete(fire);
    },
    { name: `sme-cluster:${job}`, timezone: timeZone, noOverlap: true },
  );
  return { task, expression, timeZone };
}

/** Whether this instance runs jobs and other background work (tests and the benchmark run them themselves). */
export const schedulerEnabled = () => process.env.SCHEDULER_ENABLED !== 'false';

/**
 * Schedules every job on the cron of the current settings (admin panel; defaults config/schedules.json)
 * in its time zone. Every instance schedules them; the run key of each fire lets exactly one of them
 * do the work. Off with SCHEDULER_ENABLED=false (tests drive the jobs with a fixed clock instead).
 */
export function startScheduler(): void {
  if (!schedulerEnabled() || tasks.size) return;
  const config = schedulesConfig();
  for (const job of JOB_NAMES) tasks.set(job, plan(job, config.schedules[job], config.timeZone));
}

/**
 * Re-plans the jobs whose cron expression or time zone changed (destroy + schedule), in the running
 * process, when the settings change. Returns the jobs re-planned; nothing when the scheduler is off.
 */
export async function replanScheduler(config: JobsConfig = schedulesConfig()): Promise<JobName[]> {
  if (!tasks.size) return [];
  const changed = JOB_NAMES.filter((job) => {
    const planned = tasks.get(job);
    return !planned || planned.expression !== config.schedules[job] || planned.timeZone !== config.timeZone;
  });
  for (const job of changed) {
    await tasks.get(job)?.task.destroy();
    tasks.set(job, plan(job, config.schedules[job], config.timeZone));
  }
  if (changed.length) strapi.log.info(`scheduler: re-planned ${changed.join(', ')}`);
  return changed;
}

/** What is planned now (for the console and tests): job → cron expression, time zone, the node-cron task. */
export function plannedJobs(): Array<{ job: JobName; expression: string; timeZone: string; task: ScheduledTask }> {
  return [...tasks.entries()].map(([job, planned]) => ({ job, ...planned }));
}

export async function stopScheduler(): Promise<void> {
  await Promise.all([...tasks.values()].map((planned) => planned.task.destroy()));
  tasks.clear();
  await Promise.all(inFlight);
}
