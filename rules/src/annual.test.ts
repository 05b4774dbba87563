import { completeYears, nextReportFigures, reportYearProblem, type AnnualMetrics } from './annual';

describe('the years a cluster reports on (Art. 19)', () => {
  const cluster = { recognizedAt: '2024-12-20', validUntil: '2027-12-20' };
  const today = '2026-12-05';

  test('from the year of recognition, even when recognized in December, to this year', () => {
    expect(reportYearProblem(2024, cluster, today)).toBeNull();
    expect(reportYearProblem(2025, cluster, today)).toBeNull();
    expect(reportYearProblem(2026, cluster, today)).toBeNull();
  });

  test('not a year before the recognition, nor one still to come, nor after the validity', () => {
    expect(reportYearProblem(2023, cluster, today)?.zh).toBe('集群于2024年认定，不能报送2023年度发展情况');
    expect(reportYearProblem(2027, cluster, today)?.en).toBe('2027 is outside the recognition or still to come');
    expect(reportYearProblem(2027, cluster, '2027-06-01')).toBeNull();
    expect(reportYearProblem(2028, cluster, '2028-02-01')).not.toBeNull();
  });

  test('a cluster never recognized reports nothing', () => {
    expect(reportYearProblem(2025, { recognizedAt: null, validUntil: null }, today)).not.toBeNull();
  });
});

describe('a report read over three years', () => {
  const report = { leadingIndustry: { years: [{}, {}, { totalOutput: 130 }] } } as unknown as AnnualMetrics;
  const lastReport = {
    reportYear: 2025,
    metrics: { leadingIndustry: { years: [{ totalOutput: 90 }, { totalOutput: 100 }, { totalOutput: 120 }] } } as unknown as AnnualMetrics,
  };
  const application = {
    reportYear: 2024,
    metrics: { leadingIndustry: { years: [{ totalOutput: 80 }, { totalOutput: 95 }, { totalOutput: 101 }] } } as unknown as AnnualMetrics,
  };
  const rows = (metrics: AnnualMetrics) =>
    (metrics.leadingIndustry as unknown as { years: Array<{ totalOutput?: number }> }).years.map((row) => row.totalOutput);

  test('the two earlier years come from the latest source that has them; the report year stays the county’s', () => {
    // 2026's rows are 2024, 2025, 2026: 2025 and 2024 from the 2025 report (rows 2 and 1).
    expect(rows(completeYears(report, 2026, [application, lastReport]))).toEqual([100, 120, 130]);
    // Without the 2025 report, the application (call 2025, rows 2022–2024) gives 2024 only.
    expect(rows(completeYears(report, 2026, [application]))).toEqual([101, undefined, 130]);
  });

  test('what the report holds is never replaced, and a blank report year is not filled', () => {
    const own = { leadingIndustry: { years: [{ totalOutput: 1 }, {}, {}] } } as unknown as AnnualMetrics;
    expect(rows(completeYears(own, 2026, [lastReport]))).toEqual([1, 120, undefined]);
  });

  test('later or same-year sources are not used', () => {
    expect(rows(completeYears(report, 2026, [{ ...lastReport, reportYear: 2026 }]))).toEqual([undefined, undefined, 130]);
  });
});

describe('the next report starts from the last one', () => {
  const last = {
    reportYear: 2025,
    metrics: {
      leadingIndustry: { leadingGrowthAvg3y: 9.5, years: [{ totalOutput: 90 }, { totalOutput: 100 }, { totalOutput: 120, firmCount: 180 }] },
    } as unknown as AnnualMetrics,
  };
  const rows = (metrics: AnnualMetrics) => (metrics.leadingIndustry as unknown as { years: Array<Record<string, number>> }).years;

  test('its years move back one row and its own year is offered for the new one', () => {
    const next = nextReportFigures(last, 2026);
    expect(rows(next)).toEqual([{ totalOutput: 100 }, { totalOutput: 120, firmCount: 180 }, { totalOutput: 120, firmCount: 180 }]);
    expect(next.leadingIndustry?.leadingGrowthAvg3y).toBeUndefined();
  });

  test('a gap of a year leaves the year nobody reported blank', () => {
    expect(rows(nextReportFigures(last, 2027))).toEqual([{ totalOutput: 120, firmCount: 180 }, {}, { totalOutput: 120, firmCount: 180 }]);
  });

  test('a report of the same year or later is no starting point', () => {
    expect(nextReportFigures(last, 2025)).toEqual({});
  });
});
