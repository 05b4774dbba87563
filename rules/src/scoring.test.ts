import type { Criterion } from './settings';
import { weightShare, weightedScore } from './scoring';

const scheme: Criterion[] = [
  { key: 'a', name: 'A', weight: 60, maxScore: 100 },
  { key: 'b', name: 'B', weight: 40, maxScore: 10 },
];

describe('expert scoring', () => {
  it('weights each criterion as a percentage of its maximum', () => {
    expect(
      weightedScore(scheme, [
        { criterionKey: 'a', score: 80 },
        { criterionKey: 'b', score: 5 },
      ]),
    ).toBe(68);
    expect(
      weightedScore(scheme, [
        { criterionKey: 'a', score: 100 },
        { criterionKey: 'b', score: 10 },
      ]),
    ).toBe(100);
  });
  it('counts an unscored criterion as 0 and an empty scheme as 0', () => {
    expect(weightedScore(scheme, [{ criterionKey: 'a', score: 50 }])).toBe(30);
    expect(weightedScore([], [])).toBe(0);
  });
  it('gives each weight its share of the scheme', () => {
    expect(weightShare(scheme[0], scheme)).toBe(60);
    expect(
      weightShare({ ...scheme[1], weight: 2 }, [
        { ...scheme[0], weight: 3 },
        { ...scheme[1], weight: 2 },
      ]),
    ).toBe(40);
  });
});
