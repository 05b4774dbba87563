import fc from 'fast-check';
import {
  annualisedGrowthSign,
  differenceSign,
  figureText,
  geometricMeanDifferenceSign,
  geometricMeanSign,
  ratioDifferenceSign,
  ratioSign,
  reductionSign,
  shownFigure,
} from './numbers';

test('figureText is String for figures with up to 4 decimals', () => {
  fc.assert(
    fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), fc.constantFrom(1, 10, 100, 10000), (units, scale) => {
      expect(figureText(units / scale)).toBe(String(units / scale));
    }),
    { numRuns: 20000 },
  );
});

test('figureText is String for any double', () => {
  fc.assert(
    fc.property(fc.double(), (value) => {
      expect(figureText(value)).toBe(String(value));
    }),
    { numRuns: 20000 },
  );
});

const EDGES = [0, -0, 0.0001, -0.0001, 0.29, 1.005, 2.675, 1000.1, 999999999.9999, 1e9, 0.1 + 0.2, 5e-7, 1e21, NaN];

test.each(EDGES)('figureText(%p)', (value) => {
  expect(figureText(value)).toBe(String(value));
});

// The exact comparisons against an independent integer reference: inputs with 2
// decimals are whole numbers of cents, so each comparison is one of integers.
describe('exact comparisons', () => {
  const cents = (min: number, max: number) => fc.integer({ min, max });
  const sign = (a: bigint, b: bigint) => (a > b ? 1 : a < b ? -1 : 0);

  test('geometricMeanSign: Π(10000 + g) against (10000 + t)³, in hundredths of a percent', () => {
    fc.assert(
      fc.property(fc.array(cents(-9999, 3000), { minLength: 3, maxLength: 3 }), cents(-2000, 2000), (rates, bound) => {
        const product = rates.reduce((p, g) => p * BigInt(10000 + g), 1n);
        expect(
          geometricMeanSign(
            rates.map((g) => g / 100),
            bound / 100,
          ),
        ).toBe(sign(product, BigInt(10000 + bound) ** 3n));
      }),
      { numRuns: 5000 },
    );
  });

  test('geometricMeanSign near 5 %: every triple of 2-decimal rates whose mean is within 0.001 pp of the line', () => {
    let near = 0;
    for (let g1 = 380; g1 <= 620; g1 += 1) {
      for (let g2 = 400; g2 <= 600; g2 += 5) {
        // The g3 that puts the mean closest to 5 %, and its neighbours.
        const g3 = Math.round((1.157625 / ((1 + g1 / 10000) * (1 + g2 / 10000)) - 1) * 10000);
        for (const g of [g3 - 1, g3, g3 + 1]) {
          const expected = sign(BigInt(10000 + g1) * BigInt(10000 + g2) * BigInt(10000 + g), 10500n ** 3n);
          expect(geometricMeanSign([g1 / 100, g2 / 100, g / 100], 5)).toBe(expected);
          near += 1;
        }
      }
    }
    expect(near).toBeGreaterThan(20000);
    expect(geometricMeanSign([4, 4.35, 6.67], 5)).toBe(1);
    expect(geometricMeanSign([5, 5, 5], 5)).toBe(0);
  });

  test('geometricMeanDifferenceSign: the mean against reported ± tolerance', () => {
    fc.assert(
      fc.property(fc.array(cents(-500, 1500), { minLength: 3, maxLength: 3 }), cents(-500, 1500), cents(0, 100), (rates, reported, tolerance) => {
        const product = rates.reduce((p, g) => p * BigInt(10000 + g), 1n);
        const low = sign(product, BigInt(10000 + reported - tolerance) ** 3n);
        const high = sign(product, BigInt(10000 + reported + tolerance) ** 3n);
        const expected = low < 0 || high > 0 ? 1 : low === 0 || high === 0 ? 0 : -1;
        expect(
          geometricMeanDifferenceSign(
            rates.map((g) => g / 100),
            reported / 100,
            tolerance / 100,
          ),
        ).toBe(expected);
      }),
      { numRuns: 5000 },
    );
    // 5, 5, 5 average exactly 5: 4.5 and 5.5 are exactly 0.5 away.
    expect(geometricMeanDifferenceSign([5, 5, 5], 4.5, 0.5)).toBe(0);
    expect(geometricMeanDifferenceSign([5, 5, 5], 5.5, 0.5)).toBe(0);
    expect(geometricMeanDifferenceSign([5, 5, 5], 5.51, 0.5)).toBe(1);
    // Huge rates: floating point cannot tell 0.5 from the difference, exact arithmetic can.
    expect(geometricMeanDifferenceSign([99_999_999.99, 99_999_999.99, 99_999_999.99], 99_999_999.49, 0.5)).toBe(0);
    expect(geometricMeanDifferenceSign([99_999_999.99, 99_999_999.99, 99_999_999.99], 99_999_999.48, 0.5)).toBe(1);
    expect(differenceSign(99_999_999.99, 99_999_999.49, 0.5)).toBe(0);
  });

  test('annualisedGrowthSign: target × 100³ against baseline × (100 + t)³', () => {
    fc.assert(
      fc.property(cents(1, 10_000_000), cents(0, 20_000_000), cents(-1000, 2000), (baseline, target, bound) => {
        const expected = sign(BigInt(target) * 10000n ** 3n, BigInt(baseline) * BigInt(10000 + bound) ** 3n);
        expect(annualisedGrowthSign(baseline / 100, target / 100, 3, bound / 100)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
    expect(annualisedGrowthSign(8000, 9260.99, 3, 5)).toBe(-1);
    expect(annualisedGrowthSign(8000, 9261, 3, 5)).toBe(0);
  });

  test('reductionSign, ratioSign, differenceSign, ratioDifferenceSign', () => {
    fc.assert(
      fc.property(cents(1, 1_000_000), cents(0, 1_000_000), cents(0, 5000), (b, t, k) => {
        // (b − t) / b × 100 against k / 100, times 100 b: 10000 (b − t) against k b.
        expect(reductionSign(b / 100, t / 100, k / 100)).toBe(sign(10000n * BigInt(b - t), BigInt(k) * BigInt(b)));
        expect(differenceSign(b / 100, t / 100, k / 100)).toBe(sign(BigInt(Math.abs(b - t)), BigInt(k)));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.integer({ min: 1, max: 10_000_000 }), cents(0, 2000), cents(0, 100), (count, employees, reported, tolerance) => {
        // count × 10000 / employees against k / 100: 1 000 000 count against k employees.
        expect(ratioSign(count, employees, 10_000, reported / 100)).toBe(sign(1_000_000n * BigInt(count), BigInt(reported) * BigInt(employees)));
        const gap = BigInt(reported) * BigInt(employees) - 1_000_000n * BigInt(count);
        expect(ratioDifferenceSign(reported / 100, count, employees, 10_000, tolerance / 100)).toBe(
          sign(gap < 0n ? -gap : gap, BigInt(tolerance) * BigInt(employees)),
        );
      }),
      { numRuns: 5000 },
    );
    expect(ratioSign(700, 1_000_001, 10_000, 7)).toBe(-1);
    expect(reductionSign(2, 1.73, 13.5)).toBe(0);
  });

  test('shownFigure rounds to 4 decimals, never onto or across the threshold', () => {
    expect(shownFigure(5.000015424, 5, 1)).toBe(5.00002);
    expect(shownFigure(4.99996, 5, -1)).toBe(4.99996);
    expect(shownFigure(5.000000000000004, 5, 0)).toBe(5);
    expect(shownFigure(4.533322, 5, -1)).toBe(4.5333);
  });
});
