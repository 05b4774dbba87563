import { z } from 'zod';
// The State Council's yearly notices of public holidays and adjusted working days (调休), as the
// maintained chinese-days package transcribes them: date → holiday, date → weekend worked.
import officialDays from 'chinese-days/dist/chinese-days.json';
import { addDays } from './calendar';
import { CALENDAR_DAY_KINDS } from './domain';

const OFFICIAL: { holidays: Record<string, string>; workdays: Record<string, string> } = officialDays;

/** The years the official calendar covers: outside them only weekends and the province's exceptions count. */
export const OFFICIAL_CALENDAR_YEARS: readonly number[] = [...new Set(Object.keys(OFFICIAL.holidays).map((date) => Number(date.slice(0, 4))))].sort();

/**
 * A day the province declares worked or not, for a year the package does not know yet or a notice it
 * transcribed wrong. Exceptions win over the package.
 */
export const calendarExceptionSchema = z.strictObject({
  date: z.iso.date(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  note: z.string().trim().min(1).max(200),
});
export type CalendarException = z.infer<typeof calendarExceptionSchema>;

export const calendarExceptionsSchema = z
  .array(calendarExceptionSchema)
  .max(500)
  .superRefine((exceptions, ctx) => {
    const seen = new Set<string>();
    exceptions.forEach((exception, index) => {
      if (seen.has(exception.date)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'date'],
          message: 'duplicate date',
          params: { zh: `日期 ${exception.date} 重复`, en: `The date ${exception.date} is listed twice` },
        });
      }
      seen.add(exception.date);
    });
  });

const weekend = (isoDate: string) => [0, 6].includes(new Date(`${isoDate}T00:00:00Z`).getUTCDay());

/** A working day by China's official calendar: Mon–Fri unless a public holiday, a weekend day when 调休 makes it one; the province's exceptions first. */
export function isWorkingDay(isoDate: string, exceptions: readonly CalendarException[] = []): boolean {
  const exception = exceptions.find((entry) => entry.date === isoDate);
  if (exception) return exception.kind === 'working_day';
  if (isoDate in OFFICIAL.holidays) return false;
  if (isoDate in OFFICIAL.workdays) return true;
  return !weekend(isoDate);
}

/**
 * A period of `days` working days starting on `from`, or on the next working day if `from` is not one
 * (公示, Art. 16): its first and last day.
 */
export function workingDayPeriod(from: string, days: number, exceptions: readonly CalendarException[] = []): { startsOn: string; endsOn: string } {
  let startsOn = from;
  while (!isWorkingDay(startsOn, exceptions)) startsOn = addDays(startsOn, 1);
  let endsOn = startsOn;
  for (let counted = 1; counted < days;) {
    endsOn = addDays(endsOn, 1);
    if (isWorkingDay(endsOn, exceptions)) counted += 1;
  }
  return { startsOn, endsOn };
}
