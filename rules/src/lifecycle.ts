import { z } from 'zod';

/**
 * The cluster lifecycle's tunable dates and goal (docs/domain.md §3, Art. 5, 17–19), read from
 * config/lifecycle.json: the re-review (复核) window around validUntil, the annual-report deadline with
 * its grace, and how many recognized clusters the province aims to have in effect.
 */
export const lifecycleSchema = z.strictObject({
  renewalWindowOpensDaysBefore: z.number().int().min(0).max(366).default(90),
  renewalWindowClosesDaysAfter: z.number().int().min(0).max(366).default(30),
  /** MM-DD of the year after the reported year (10 March, Art. 19). */
  annualReportDue: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .superRefine((due, ctx) => {
      if (!isDayOfEveryYear(due)) {
        ctx.addIssue({
          code: 'custom',
          message: 'no such day',
          params: { zh: `${due}不是每年都有的日期（如 02-30、04-31、02-29）`, en: `${due} is not a day of every year (such as 02-30, 04-31, 02-29)` },
        });
      }
    })
    .default('03-10'),
  annualReportGraceDays: z.number().int().min(0).max(366).default(0),
  /** The province's goal of recognized clusters in effect: about 30 in the 14th Five-Year Plan (Art. 5). */
  recognizedClusterTarget: z.number().int().min(1).max(1000).default(30),
});
/** Days of each month in a common year: a deadline must exist every year, so 02-29 is refused too. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether MM-DD names a day that every year has (the date arithmetic would silently roll 04-31 into May). */
function isDayOfEveryYear(due: string): boolean {
  const [month, day] = due.split('-').map(Number);
  return day <= DAYS_IN_MONTH[month - 1];
}

export type LifecycleDates = z.output<typeof lifecycleSchema>;

export function parseLifecycle(input: unknown): LifecycleDates {
  return lifecycleSchema.parse(input);
}
