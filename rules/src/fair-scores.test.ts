import { orderedBy, plainMean, rankCandidates, trimmedMean, type RankedSheet } from './fair-scores';

const sheet = (applicationId: string, expertId: string, weightedScore: number | null, extra: Partial<RankedSheet> = {}): RankedSheet => ({
  applicationId,
  expertId,
  weightedScore,
  submitted: true,
  conflictOfInterest: 'none',
  submittedAt: '2026-06-01T08:00:00.000Z',
  ...extra,
});

describe('plain and trimmed means', () => {
  it('drops the highest and the lowest only from five scores on', () => {
    expect(plainMean([50, 70, 80, 90, 100])).toBe(78);
    expect(trimmedMean([50, 70, 80, 90, 100])).toBe(80);
    expect(trimmedMean([100, 50, 90, 70, 80, 60])).toBe(75);
    // Four scores: nothing is dropped.
    expect(trimmedMean([50, 70, 80, 100])).toBe(75);
    expect(plainMean([])).toBeNull();
    expect(trimmedMean([])).toBeNull();
    expect(plainMean([80.335, 80.33])).toBe(80.33);
  });
});

describe('ranking under three methods', () => {
  // Two lenient experts (L1, L2) rated D highly and three strict ones rated the others; each expert
  // rated two candidates, so each of its sheets is one standard deviation above or below its mean.
  const sheets = [
    sheet('D', 'L1', 90),
    sheet('A', 'L1', 100),
    sheet('D', 'L2', 90),
    sheet('B', 'L2', 100),
    sheet('A', 'S1', 50),
    sheet('C', 'S1', 40),
    sheet('B', 'S2', 60),
    sheet('C', 'S2', 50),
    sheet('C', 'S3', 60),
    sheet('E', 'S3', 50),
    // Neither an abstention nor a recusal counts, in the means or in the expert's own mean.
    sheet('E', 'S1', 99, { submitted: false }),
    sheet('D', 'S3', null, { conflictOfInterest: 'conflicted', submitted: false }),
    sheet('B', 'L1', null, { conflictOfInterest: 'undeclared', submitted: false }),
  ];
  const rows = rankCandidates(['A', 'B', 'C', 'D', 'E', 'F'], sheets);
  const row = (id: string) => rows.find((r) => r.applicationId === id)!;

  it('gives each candidate its score and rank under each method', () => {
    expect(row('A')).toEqual({
      applicationId: 'A',
      sheets: 2,
      abstained: 0,
      recused: 0,
      scores: { weightedMean: 75, trimmedMean: 75, zScore: 1 },
      ranks: { weightedMean: 3, trimmedMean: 3, zScore: 2 },
      rankSpread: 1,
      moved: false,
    });
    expect(row('B')).toMatchObject({ sheets: 2, abstained: 1, scores: { weightedMean: 80, zScore: 1 }, ranks: { weightedMean: 2, zScore: 1 } });
    expect(row('C')).toMatchObject({ sheets: 3, scores: { weightedMean: 50, zScore: -0.333 }, ranks: { weightedMean: 4, zScore: 3 } });
    expect(row('E')).toMatchObject({ sheets: 1, abstained: 1, scores: { weightedMean: 50, zScore: -1 }, ranks: { weightedMean: 5, zScore: 5 } });
  });

  it('marks the candidate the lenient experts carried: first by the mean, fourth by z-scores', () => {
    expect(row('D')).toMatchObject({
      sheets: 2,
      recused: 1,
      scores: { weightedMean: 90, trimmedMean: 90, zScore: -1 },
      ranks: { weightedMean: 1, trimmedMean: 1, zScore: 4 },
      rankSpread: 3,
      moved: true,
    });
    expect(rows.filter((r) => r.moved).map((r) => r.applicationId)).toEqual(['D']);
  });

  it('leaves a candidate without a counted sheet unranked, last', () => {
    expect(row('F')).toMatchObject({ sheets: 0, scores: { weightedMean: null, trimmedMean: null, zScore: null }, ranks: { weightedMean: null, zScore: null } });
    expect(orderedBy('zScore', rows).map((r) => r.applicationId)).toEqual(['B', 'A', 'C', 'D', 'E', 'F']);
    expect(orderedBy('weightedMean', rows).map((r) => r.applicationId)).toEqual(['D', 'B', 'A', 'C', 'E', 'F']);
  });

  it('trims from five counted sheets', () => {
    const five = [50, 70, 80, 90, 100].map((score, index) => sheet('P', `E${index}`, score));
    const [p] = rankCandidates(['P'], five);
    expect(p.scores).toMatchObject({ weightedMean: 78, trimmedMean: 80 });
  });
});

describe('ties', () => {
  it('go to the higher plain mean, then more sheets, then the earlier last submission, then the id', () => {
    // Under z every expert here scored one candidate: all are 0, so the plain mean decides.
    const byMean = rankCandidates(['X', 'Y'], [sheet('X', 'E1', 70), sheet('Y', 'E2', 80)]);
    expect(orderedBy('zScore', byMean).map((r) => r.applicationId)).toEqual(['Y', 'X']);
    const bySheets = rankCandidates(['X', 'Y'], [sheet('X', 'E1', 80), sheet('Y', 'E2', 80), sheet('Y', 'E3', 80)]);
    expect(orderedBy('weightedMean', bySheets).map((r) => r.applicationId)).toEqual(['Y', 'X']);
    const byTime = rankCandidates(
      ['X', 'Y'],
      [sheet('X', 'E1', 80, { submittedAt: '2026-06-02T08:00:00.000Z' }), sheet('Y', 'E2', 80, { submittedAt: '2026-06-01T08:00:00.000Z' })],
    );
    expect(orderedBy('trimmedMean', byTime).map((r) => r.applicationId)).toEqual(['Y', 'X']);
    const byId = rankCandidates(['Y', 'X'], [sheet('Y', 'E1', 80), sheet('X', 'E2', 80)]);
    expect(orderedBy('weightedMean', byId).map((r) => [r.applicationId, r.ranks.weightedMean])).toEqual([
      ['X', 1],
      ['Y', 2],
    ]);
  });
});
