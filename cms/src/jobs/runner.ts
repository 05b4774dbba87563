import crypto from 'crypto';
import { calendarDate, type JobName } from '@sme-cluster/rules';
import type { StaffPrincipal } from '../lib/principal';
import { applyChanges, summarize, type ChangeSummary } from './changes';
import { lifecycleConfig, schedulesConfig } from './config';
import { PLANNERS, type JobContext } from './jobs';
import { abandonStaleRuns } from './stale';

const JOB_RUN = 'api::job-run.job-run';

export interface RunOptions {
  /** The moment the job judges by: the cron fire time, the "run now" moment, or a dry run's chosen date. */
  now: Date;
  /**
   * A scheduled fire: the run key is `${job}:${fire time}`, the same on every instance, so only
   * one instance claims it. Manual and dry runs get a key of their own.
   */
  scheduled?: boolean;
  dryRun?: boolean;
  actor?: StaffPrincipal | null;
  /** Called after each applied change (tests pause a child process here to kill it mid-run). */
  afterChange?(changed: number): Promise<void>;
}

export interface RunResult {
  run: Record<string, unknown>;
  changes: ChangeSummary[];
}

/** A cron fire time without its milliseconds, so instances whose timers differ by a few ms agree. */
export function fireTime(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

export function runKeyOf(job: JobName, options: Pick<RunOptions, 'now' | 'scheduled' | 'dryRun'>): string {
  const at = fireTime(options.now).toISOString();
  if (options.scheduled) return `${job}:${at}`;
  return `${job}:${at}:${options.dryRun ? 'dry-run' : 'manual'}:${crypto.randomUUID()}`;
}

/**
 * Inserts the job-run row first. The database's unique index on runKey picks one winner when
 * several instances fire together (SQLite and PostgreSQL alike); the others get null.
 */
async function claim(job: JobName, runKey: string, options: RunOptions, startedAt: Date): Promise<Record<string, unknown> | null> {
  const data = { job, runKey, firedAt: fireTime(options.now), startedAt, outcome: 'running', dryRun: Boolean(options.dryRun), examined: 0, changed: 0 };
  try {
    return await strapi.documents(JOB_RUN).create({ data: data as never });
  } catch (error) {
    const winner = await strapi.db.query(JOB_RUN).findOne({ where: { runKey }, select: ['id'] });
    if (winner) return null;
    throw error;
  }
}

async function finish(documentId: string, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  return (await strapi.documents(JOB_RUN).update({ documentId, data: { ...data, finishedAt: new Date() } as never }))!;
}

/**
 * Runs one job as of `options.now`: claims the run, plans batch by batch and applies each change in
 * its own transaction (or, in a dry run, only reports it). Running it again for the same moment
 * changes nothing: every change is conditioned on the state it was planned from.
 */
export async function runJob(job: JobName, options: RunOptions): Promise<RunResult> {
  // Whatever triggers a run (schedule, "run now", dry run), runs a killed process left `running` are closed first.
  await abandonStaleRuns();
  const config = schedulesConfig();
  const context: JobContext = { now: options.now, today: calendarDate(options.now, config.timeZone), config, lifecycle: lifecycleConfig() };
  const runKey = runKeyOf(job, options);
  const startedAt = new Date();
  const claimed = await claim(job, runKey, options, startedAt);
  if (!claimed) {
    // Another instance won this fire: leave a trace that this one saw it and did nothing.
    const skipped = await strapi.documents(JOB_RUN).create({
      data: {
        job,
        runKey: `${runKey}:skipped:${crypto.randomUUID()}`,
        firedAt: fireTime(options.now),
        startedAt,
        finishedAt: new Date(),
        outcome: 'skipped',
        dryRun: Boolean(options.dryRun),
        examined: 0,
        changed: 0,
        details: { skipped: `已由另一实例执行 / run by another instance: ${runKey}` },
      } as never,
    });
    return { run: skipped, changes: [] };
  }

  const changes: ChangeSummary[] = [];
  const seen = new Set<number>();
  let examined = 0;
  let cursor = 0;
  const errors: Array<{ subjectId?: string; message: string }> = [];
  try {
    for (;;) {
      const batch = await PLANNERS[job](context, cursor);
      if (batch.cursor == null) break;
      cursor = batch.cursor;
      examined += batch.examined;
      // A dry run leaves every candidate in place, so a record may come up in a later batch again.
      const fresh = batch.changes.filter((change) => !seen.has(change.subject.id));
      for (const change of fresh) seen.add(change.subject.id);
      if (options.dryRun) {
        changes.push(...fresh.map(summarize));
        continue;
      }
      // One transaction per batch: a commit per cluster dominated a sweep's time.
      const outcome = await applyChanges(fresh, { now: options.now, today: context.today, runKey });
      errors.push(...outcome.errors);
      for (const change of outcome.applied) {
        changes.push(summarize(change));
        await options.afterChange?.(changes.length);
      }
    }
  } catch (error) {
    errors.push({ message: (error as Error).message });
  }
  const run = await finish(String(claimed.documentId), {
    outcome: errors.length ? 'failed' : 'succeeded',
    examined,
    changed: options.dryRun ? 0 : changes.length,
    details: detailsOf(context, options, changes, errors),
  });
  return { run, changes };
}

/** The record keeps the first changes in full; the HTTP answer of a manual run has them all. */
const DETAILS_LIMIT = 500;

function detailsOf(context: JobContext, options: RunOptions, changes: ChangeSummary[], errors: unknown[]) {
  return {
    asOf: context.now.toISOString(),
    today: context.today,
    trigger: options.scheduled ? 'schedule' : 'manual',
    ...(options.actor ? { actorId: options.actor.id, actor: options.actor.username } : {}),
    [options.dryRun ? 'wouldChange' : 'changes']: changes.slice(0, DETAILS_LIMIT),
    ...(changes.length > DETAILS_LIMIT ? { omitted: changes.length - DETAILS_LIMIT } : {}),
    errors,
  };
}
