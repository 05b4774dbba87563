import { reportYearProblem } from './annual';

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
