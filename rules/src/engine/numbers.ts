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

/** "00" … "99". */
const DIGIT_PAIRS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));

/** The digits of a whole number below 10^9, from the pair table. */
function wholeText(whole: number): string {
  let text = '';
  while (whole >= 100) {
    const pair = whole % 100;
    text = DIGIT_PAIRS[pair] + text;
    whole = (whole - pair) / 100;
  }
  return (whole < 10 ? DIGIT_PAIRS[whole][1] : DIGIT_PAIRS[whole]) + text;
}

/**
 * Exactly `String(value)`, built from a digit table for the figures messages
 * quote: inputs have 2 decimals, computed values 4. V8 turns a double that is
 * not in its small cache into text through a runtime call, and on distinct
 * forms that was a tenth of an evaluation.
 *
 * Why it is exact: when `units / 10^4` gives back the value, the decimal with
 * those digits reads back as the value. A decimal with fewer significant digits
 * is also a multiple of 10^-4, so it differs by at least 10^-4, far more than the
 * spacing of doubles below 10^9, and cannot read back as the same double. That
 * decimal is thus the shortest, which is what String prints (in plain notation
 * from 10^-7 to 10^21). Anything else (0, huge, more decimals, NaN) takes String.
 */
export function figureText(value: number): string {
  const units = Math.round(value * SCALE);
  if (units === 0 || units / SCALE !== value || !(Math.abs(value) < 1e9)) return String(value);
  const abs = Math.abs(units);
  const fraction = abs % SCALE;
  let text = wholeText((abs - fraction) / SCALE);
  if (fraction !== 0) {
    const high = DIGIT_PAIRS[(fraction - (fraction % 100)) / 100];
    const low = DIGIT_PAIRS[fraction % 100];
    // Trailing zeros are not printed.
    const digits = low === '00' ? high : high + low;
    text += `.${digits.endsWith('0') ? digits.slice(0, -1) : digits}`;
  }
  return units < 0 ? `-${text}` : text;
}
