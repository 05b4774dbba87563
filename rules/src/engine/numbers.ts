// Form inputs have at most 2 decimals, so 4 decimals keep every meaningful
// digit of a computed value while removing floating-point noise: three growths
// of 5 % must give a geometric mean of exactly 5, not 5.000000000000004, or a
// "高于5%" check would pass on a value the statute rejects. Computed values are
// rounded once, and the rounded figure is both reported and compared.
export const COMPUTED_DECIMALS = 4;
const SCALE = 10 ** COMPUTED_DECIMALS;

export function roundComputed(value: number): number {
  const rounded = Math.round(value * SCALE) / SCALE;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Annualised growth (percent) from a baseline to a value `years` later; undefined unless baseline > 0 and value ≥ 0. */
export function annualisedGrowth(baseline: number, target: number, years: number): number | undefined {
  if (!(baseline > 0) || target < 0) return undefined;
  return roundComputed((Math.pow(target / baseline, 1 / years) - 1) * 100);
}

/** Reduction (percent) from baseline to target; undefined unless baseline > 0. */
export function reduction(baseline: number, target: number): number | undefined {
  if (!(baseline > 0)) return undefined;
  return roundComputed(((baseline - target) / baseline) * 100);
}

/** True when the number has at most `decimals` decimals, tolerant of a few ulps of binary noise (0.29 × 100 = 28.999…) but not of a real third decimal. */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  if (!Number.isFinite(value)) return false;
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) <= 16 * Number.EPSILON * Math.max(1, Math.abs(scaled));
}
