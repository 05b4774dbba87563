import { cityReportDeadline, cityReportLate, cityReportOverdue, clusterYearFigures, lastCityReportYearDue } from './city-report';
import type { AnnualMetrics } from './annual';

const lifecycle = { annualReportDue: '03-10', annualReportGraceDays: 0 };

const metricsWith = (row: Record<string, unknown>) => ({ leadingIndustry: { years: [{}, {}, row] } }) as unknown as AnnualMetrics;

describe('a city report’s due date (Art. 19)', () => {
  it('is 10 March of the next year, plus the grace days', () => {
    expect(cityReportDeadline(2025, lifecycle)).toBe('2026-03-10');
    expect(cityReportDeadline(2025, { annualReportDue: '03-10', annualReportGraceDays: 5 })).toBe('2026-03-15');
  });

  it('is overdue the day after the deadline, not on it, unless submitted', () => {
    expect(cityReportOverdue(null, '2026-03-10', '2026-03-10')).toBe(false);
    expect(cityReportOverdue(null, '2026-03-10', '2026-03-11')).toBe(true);
    expect(cityReportOverdue({ status: 'draft' }, '2026-03-10', '2026-03-11')).toBe(true);
    expect(cityReportOverdue({ status: 'submitted' }, '2026-03-10', '2026-03-11')).toBe(false);
  });

  it('is late when submitted after the deadline in China: 23:59 on the day is on time, 00:00 the next day is late', () => {
    expect(cityReportLate(new Date('2026-03-10T15:59:00Z'), '2026-03-10', 'Asia/Shanghai')).toBe(false);
    expect(cityReportLate(new Date('2026-03-10T16:00:00Z'), '2026-03-10', 'Asia/Shanghai')).toBe(true);
    expect(cityReportLate(null, '2026-03-10', 'Asia/Shanghai')).toBe(false);
  });

  it('the latest year due: last year’s from 11 March, the year before until then', () => {
    expect(lastCityReportYearDue('2026-03-10', lifecycle)).toBe(2024);
    expect(lastCityReportYearDue('2026-03-11', lifecycle)).toBe(2025);
    expect(lastCityReportYearDue('2026-12-31', lifecycle)).toBe(2025);
  });
});

describe('a cluster’s figures of the year', () => {
  it('reads the report year’s row: the leading industry’s output is the total times its share, to the cent', () => {
    expect(
      clusterYearFigures(
        metricsWith({
          totalOutput: 33.33,
          leadingIndustryShare: 66.67,
          firmCount: 120,
          smeCount: 110,
          specializedSmeCount: 5,
          littleGiantCount: 1,
          singleChampionCount: 0,
          highTechInnovativeCount: 4,
        }),
      ),
    ).toEqual({ totalOutput: 33.33, leadingIndustryOutput: 22.22, firmCount: 120, smeCount: 110, qualitySmeCount: 10 });
  });

  it('leaves blank what the report does not give: no report, “无”, a missing count', () => {
    expect(clusterYearFigures(null)).toEqual({ totalOutput: null, leadingIndustryOutput: null, firmCount: null, smeCount: null, qualitySmeCount: null });
    const partial = clusterYearFigures(metricsWith({ totalOutput: 20, leadingIndustryShare: { none: true }, specializedSmeCount: 3 }));
    expect(partial).toEqual({ totalOutput: 20, leadingIndustryOutput: null, firmCount: null, smeCount: null, qualitySmeCount: null });
  });
});
