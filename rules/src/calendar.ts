/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). Deadlines of the policy are calendar days in
 * China, so "today" is the date in Asia/Shanghai whatever the server's time zone.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone (formatters are cached: this runs per record in sweeps). */
export function calendarDate(now: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

export function todayInShanghai(now = new Date()): string {
  return calendarDate(now, 'Asia/Shanghai');
}

const parse = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const format = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(isoDate: string, days: number): string {
  const date = parse(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}

/** Calendar months, clamped to the month's end: 01-31 + 1 month = 02-28 (or 02-29). */
export function addMonths(isoDate: string, months: number): string {
  const date = parse(isoDate);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return format(date);
}

export const addYears = (isoDate: string, years: number) => addMonths(isoDate, 12 * years);
