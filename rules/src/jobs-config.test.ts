import { parseLifecycle } from './lifecycle';
import { annualReportDeadline, filedOnTime, owesAnnualReport } from './jobs-config';
import lifecycleJson from '../../config/lifecycle.json';

// The annual-report sweep and the console's dashboard both read these: a late report must count
// as missing in both, or the dashboard promises a cluster the sweep revokes.
describe('the annual report owed and filed on time', () => {
  const lifecycle = parseLifecycle(lifecycleJson);
  const deadline = annualReportDeadline(2027, lifecycle);

  it('is owed by a cluster recognized before the year, not by one recognized on its first day', () => {
    expect(owesAnnualReport('2026-12-31', 2027)).toBe(true);
    expect(owesAnnualReport('2027-01-01', 2027)).toBe(false);
    expect(owesAnnualReport(null, 2027)).toBe(false);
  });

  it('counts a report submitted on the deadline in China, not one submitted the day after', () => {
    // 23:59 in Shanghai on the deadline is still that day; 00:00 the next day is late.
    const lastMinute = new Date(`${deadline}T15:59:00Z`);
    const nextDay = new Date(`${deadline}T16:00:00Z`);
    expect(filedOnTime(lastMinute, deadline, 'Asia/Shanghai')).toBe(true);
    expect(filedOnTime(nextDay.toISOString(), deadline, 'Asia/Shanghai')).toBe(false);
    expect(filedOnTime(null, deadline, 'Asia/Shanghai')).toBe(true);
  });
});
