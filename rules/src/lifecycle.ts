import { z } from 'zod';

/**
 * The cluster lifecycle's tunable dates (docs/domain.md §3, Art. 17–19), read from config/lifecycle.json:
 * the re-review (复核) window around validUntil and the annual-report deadline with its grace.
 */
export const lifecycleSchema = z.strictObject({
  renewalWindowOpensDaysBefore: z.number().int().min(0).max(366).default(90),
  renewalWindowClosesDaysAfter: z.number().int().min(0).max(366).default(30),
  /** MM-DD of the year after the reported year (10 March, Art. 19). */
  annualReportDue: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/).default('03-10'),
  annualReportGraceDays: z.number().int().min(0).max(366).default(0),
});
export type LifecycleDates = z.output<typeof lifecycleSchema>;

export function parseLifecycle(input: unknown): LifecycleDates {
  return lifecycleSchema.parse(input);
}
