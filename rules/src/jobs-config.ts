import { z } from 'zod';
import { addDays, calendarDate, daysBetween } from './calendar';
import type { LifecycleDates } from './lifecycle';

/**
 * The scheduled jobs of docs/domain.md §3 and what the province tunes about them (config/schedules.json):
 * when each job fires and in which time zone. The dates the jobs enforce (re-review window,
 * annual-report deadline) are the lifecycle's (config/lifecycle.json), shared with the workflow.
 */
export const JOB_NAMES = ['expiry', 'renewal', 'annual_report_sweep', 'revocation_sweep', 'expert_review_reminder'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export function isJobName(value: unknown): value is JobName {
  return typeof value === 'string' && (JOB_NAMES as readonly string[]).includes(value);
}

// Five fields (minute …) or six (second …); the server checks the expression itself with node-cron.
const cronExpression = z
  .string()
  .trim()
  .regex(/^\S+(\s+\S+){4,5}$/, 'a cron expression of 5 or 6 fields');

export const jobsConfigSchema = z.strictObject({
  timeZone: z.string().min(1).default('Asia/Shanghai'),
  schedules: z.strictObject({
    expiry: cronExpression,
    renewal: cronExpression,
    annual_report_sweep: cronExpression,
    revocation_sweep: cronExpression,
    // Settings stored before the job existed take the default: 8:00, when experts start work.
    expert_review_reminder: cronExpression.default('0 8 * * *'),
  }),
  /** Days before validUntil on which the region is reminded that the validity ends (Art. 17). */
  reminderLeadDays: z.array(z.number().int().min(1).max(365)).min(1),
  /** Days before a score sheet's due date on which its expert is reminded to submit it. */
  expertReviewLeadDays: z.number().int().min(1).max(60).default(2),
  /** Clusters read per query and written per transaction (a killed run keeps whole batches only). */
  batchSize: z.number().int().min(1).max(5000).default(200),
  /**
   * A run still `running` this many hours after it started is taken for one whose process died
   * mid-run and marked `abandoned` (the longest sweep takes minutes).
   */
  staleRunHours: z.number().int().min(1).max(720).default(6),
});
export type JobsConfig = z.infer<typeof jobsConfigSchema>;

export function parseJobsConfig(input: unknown): JobsConfig {
  return jobsConfigSchema.parse(input);
}

/*
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). The policy's dates are calendar days in China,
 * so "today" is the date in the configured time zone, whatever the server's own zone is.
 */

/** The last day on which a re-review may still be requested. */
export function renewalWindowClosesOn(validUntil: string, lifecycle: Pick<LifecycleDates, 'renewalWindowClosesDaysAfter'>): string {
  return addDays(validUntil, lifecycle.renewalWindowClosesDaysAfter);
}

/** Reminders before an annual report is due (Art. 19): 30, 7 and 1 days ahead, to the county and the city. */
export const ANNUAL_REPORT_REMINDER_LEAD_DAYS: readonly number[] = [30, 7, 1];

/**
 * The reminder due on `today` for a validity ending on `validUntil`: the smallest lead whose day has
 * come (so a server that was down on day −90 still sends the −30 one), none after validUntil.
 */
export function reminderLeadDue(today: string, validUntil: string, leads: readonly number[]): number | null {
  if (today > validUntil) return null;
  const due = leads.filter((lead) => today >= addDays(validUntil, -lead));
  return due.length ? Math.min(...due) : null;
}

/**
 * The annual report for `year − 1` is late once the due day of `year` plus the grace days has
 * passed: on the due day itself (10 March) it is still on time (Art. 19 "3月10日前" read as inclusive).
 */
export function annualReportDeadline(year: number, lifecycle: Pick<LifecycleDates, 'annualReportDue' | 'annualReportGraceDays'>): string {
  return addDays(`${year}-${lifecycle.annualReportDue}`, lifecycle.annualReportGraceDays);
}

/** A cluster recognized before this day of `year` owes the annual report for `year − 1` (Art. 19). */
export const annualReportOwedIfRecognizedBefore = (year: number) => `${year}-01-01`;

export function owesAnnualReport(recognizedAt: string | null | undefined, year: number): boolean {
  return recognizedAt != null && recognizedAt < annualReportOwedIfRecognizedBefore(year);
}

/**
 * Whether a submitted report counts as filed for the sweep: submitted on or before the deadline in
 * the configured time zone. A report filed late does not cure the missing one (Art. 20 (三)); a
 * submitted report without a time (imported) counts as on time. The sweep and the dashboard both ask here.
 */
export function filedOnTime(submittedAt: string | Date | null | undefined, deadline: string, timeZone: string): boolean {
  return submittedAt == null || calendarDate(new Date(submittedAt), timeZone) <= deadline;
}

/**
 * The reminder an expert is owed on `today` for a sheet due on `dueOn`: `due` from `leadDays`
 * before the due date through the due date itself (the sheet may still be submitted that day),
 * `overdue` after it. A server down through the whole lead still sends the overdue one.
 */
export function sheetReminderDue(today: string, dueOn: string, leadDays: number): 'due' | 'overdue' | null {
  if (today > dueOn) return 'overdue';
  return today >= addDays(dueOn, -leadDays) ? 'due' : null;
}

/** How a due date reads to the expert: 剩余 N 天, 今日截止, 已逾期 N 天. */
export function dueDateText(today: string, dueOn: string): { zh: string; en: string } {
  const days = daysBetween(today, dueOn);
  if (days > 0) return { zh: `剩余 ${days} 天`, en: `${days} day(s) left` };
  if (days === 0) return { zh: '今日截止', en: 'Due today' };
  return { zh: `已逾期 ${-days} 天`, en: `${-days} day(s) overdue` };
}
