import { addDays } from './calendar';
import { calendarExceptionsSchema, isWorkingDay, OFFICIAL_CALENDAR_YEARS, workingDayPeriod, type CalendarException } from './working-days';

// Expected dates checked by hand against the State Council's notices: 2025 春节 1月28日至2月4日放假，
// 1月26日（周日）、2月8日（周六）上班; 2026 春节 2月15日至23日放假，2月14日（周六）、2月28日（周六）上班.
describe('working days by the official calendar', () => {
  test('the package knows 2025 and 2026', () => {
    expect(OFFICIAL_CALENDAR_YEARS).toEqual(expect.arrayContaining([2025, 2026]));
  });

  test.each([
    ['2025-01-26', true, 'Sunday worked before 春节'],
    ['2025-01-27', true, 'Monday before the holiday'],
    ['2025-01-28', false, '除夕, first day off'],
    ['2025-02-04', false, 'last day off'],
    ['2025-02-05', true, 'first day back'],
    ['2025-02-08', true, 'Saturday worked after 春节'],
    ['2025-02-09', false, 'an ordinary Sunday'],
    ['2025-10-08', false, 'last day of 国庆'],
    ['2025-10-11', true, 'Saturday worked after 国庆'],
    ['2026-02-14', true, 'Saturday worked before 春节'],
    ['2026-02-23', false, 'last day of 春节 2026'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  test('five working days across 春节 2025 count the worked Sunday and skip the eight days off', () => {
    // Mon–Fri only would end on 01-30, inside the holiday.
    expect(workingDayPeriod('2025-01-24', 5)).toEqual({ startsOn: '2025-01-24', endsOn: '2025-02-06' });
  });

  test('the 调休 Saturday 2025-02-08 counts', () => {
    expect(workingDayPeriod('2025-02-05', 5)).toEqual({ startsOn: '2025-02-05', endsOn: '2025-02-10' });
  });

  test('a period starting on a holiday starts on the first working day after it', () => {
    expect(workingDayPeriod('2025-01-29', 5)).toEqual({ startsOn: '2025-02-05', endsOn: '2025-02-10' });
    expect(workingDayPeriod('2025-01-29', 1)).toEqual({ startsOn: '2025-02-05', endsOn: '2025-02-05' });
  });

  test('five working days across 春节 2026 count the worked Saturday before it', () => {
    expect(workingDayPeriod('2026-02-12', 5)).toEqual({ startsOn: '2026-02-12', endsOn: '2026-02-25' });
  });

  test('one working day on a working day is that day', () => {
    expect(workingDayPeriod('2025-02-08', 1)).toEqual({ startsOn: '2025-02-08', endsOn: '2025-02-08' });
  });
});

describe("the province's exceptions", () => {
  const exception = (date: string, kind: CalendarException['kind']): CalendarException => ({ date, kind, note: '省级调整' });

  test('an exception wins over the package both ways', () => {
    expect(isWorkingDay('2025-02-08', [exception('2025-02-08', 'holiday')])).toBe(false);
    expect(isWorkingDay('2025-02-04', [exception('2025-02-04', 'working_day')])).toBe(true);
    expect(workingDayPeriod('2025-02-05', 5, [exception('2025-02-08', 'holiday')])).toEqual({ startsOn: '2025-02-05', endsOn: '2025-02-11' });
    expect(workingDayPeriod('2025-01-29', 1, [exception('2025-01-29', 'working_day')])).toEqual({ startsOn: '2025-01-29', endsOn: '2025-01-29' });
  });

  test('a year the package does not know counts Mon–Fri and the exceptions', () => {
    const year = Math.max(...OFFICIAL_CALENDAR_YEARS) + 1;
    // The year's first Monday, whichever year that is when the package learns more.
    let monday = `${year}-01-01`;
    while (new Date(`${monday}T00:00:00Z`).getUTCDay() !== 1) monday = addDays(monday, 1);
    const next = (days: number) => addDays(monday, days);
    expect(workingDayPeriod(monday, 5)).toEqual({ startsOn: monday, endsOn: next(4) });
    expect(workingDayPeriod(monday, 5, [exception(next(2), 'holiday'), exception(next(5), 'working_day')])).toEqual({ startsOn: monday, endsOn: next(5) });
  });

  test('a date listed twice is refused in both languages', () => {
    const result = calendarExceptionsSchema.safeParse([exception('2027-02-05', 'holiday'), exception('2027-02-05', 'working_day')]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [1, 'date'], params: { zh: '日期 2027-02-05 重复' } });
  });

  test('an exception needs a real date, a kind and a note', () => {
    expect(calendarExceptionsSchema.safeParse([{ date: '2027-02-30', kind: 'holiday', note: 'x' }]).success).toBe(false);
    expect(calendarExceptionsSchema.safeParse([{ date: '2027-02-05', kind: 'rest', note: 'x' }]).success).toBe(false);
    expect(calendarExceptionsSchema.safeParse([{ date: '2027-02-05', kind: 'holiday', note: ' ' }]).success).toBe(false);
  });
});
