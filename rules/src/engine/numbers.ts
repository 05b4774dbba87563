// Compare exactly, round only for display (docs/domain.md §5). A computed rate is
// compared with its threshold in exact rational arithmetic on the decimals the
// declarant typed: a geometric mean of 5.0000154 % is above 5 % and 4.99996 % is
// not at least 5 %, which rounding first would turn the other way. Each
// comparison first decides in floating point when the two sides are clearly
// apart (nearly always) and falls back to exact arithmetic only near the line.
// The figure a report quotes is rounded to 4 decimals (see `shownFigure`).
export const COMPUTED_DECIMALS = 4;
const SCALE = 10 ** COMPUTED_DECIMALS;

const POWERS_OF_TEN = Array.from({ length: 13 }, (_, exponent) => 10 ** exponent);

function roundTo(value: number, decimals: number): number {
  const scale = POWERS_OF_TEN[decimals];
  const rounded = Math.round(value * scale) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The sign of an exact comparison: −1 below, 0 equal, 1 above. */
export type Sign = -1 | 0 | 1;

/**
 * Floating-point sides computed with a handful of roundings are within about
 * 1e-15 of the exact ones, relative to the largest figure involved (`scale`
 * when a side is a difference of larger figures); anything closer than this
 * goes exact.
 */
const CLEARLY_APART = 1e-9;

function clearSign(left: number, right: number, scale = 0): Sign | undefined {
  const gap = left - right;
  if (!(Math.abs(gap) > CLEARLY_APART * Math.max(1, Math.abs(left), Math.abs(right), scale))) return undefined;
  return gap > 0 ? 1 : -1;
}

/** A rational n / d (d > 0) in BigInt, for the comparisons floating point cannot settle. */
interface Exact {
  n: bigint;
  d: bigint;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The decimal a number was written as (its shortest round-trip text, as JSON and the form keep it), exactly. */
function exact(value: number): Exact {
  const match = DECIMAL_TEXT.exec(String(value));
  if (!match) throw new RangeError(`not a finite number: ${value}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const shift = fraction.length - Number(exponent);
  let n = BigInt(`${sign}${whole}${fraction}`);
  let d = 1n;
  if (shift >= 0) d = 10n ** BigInt(shift);
  else n *= 10n ** BigInt(-shift);
  return { n, d };
}

const ONE: Exact = { n: 1n, d: 1n };
const add = (a: Exact, b: Exact): Exact => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const sub = (a: Exact, b: Exact): Exact => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const mul = (a: Exact, b: Exact): Exact => ({ n: a.n * b.n, d: a.d * b.d });
const magnitude = (a: Exact): Exact => ({ n: a.n < 0n ? -a.n : a.n, d: a.d });
/** 1 + percent / 100. */
const growthFactor = (percent: Exact): Exact => ({ n: percent.d * 100n + percent.n, d: percent.d * 100n });

function pow(a: Exact, exponent: number): Exact {
  let result = ONE;
  for (let i = 0; i < exponent; i += 1) result = mul(result, a);
  return result;
}

function compare(a: Exact, b: Exact): Sign {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left > right ? 1 : left < right ? -1 : 0;
}

/**
 * The average annual growth (percent) of yearly rates in percent, the geometric
 * mean ((1 + g1/100)…(1 + gn/100))^(1/n) − 1, against `bound + offset` percent.
 * Every rate must be above −100 (the mean is undefined otherwise).
 */
export function geometricMeanSign(rates: readonly number[], bound: number, offset = 0): Sign {
  const n = rates.length;
  let product = 1;
  for (let i = 0; i < n; i += 1) product *= 1 + rates[i] / 100;
  const base = 1 + (bound + offset) / 100;
  if (base > 0) {
    const sign = clearSign(product, base ** n);
    if (sign !== undefined) return sign;
  }
  let exactProduct = ONE;
  for (let i = 0; i < n; i += 1) exactProduct = mul(exactProduct, growthFactor(exact(rates[i])));
  const exactBase = growthFactor(add(exact(bound), exact(offset)));
  // Every factor is positive, so the mean is above −100 %, hence above any bound at or below it.
  if (exactBase.n <= 0n) return 1;
  return compare(exactProduct, pow(exactBase, n));
}

/**
 * |geometric mean growth of `rates` − `reported`| against `tolerance` (percentage
 * points): exactly, from the mean's position against reported ± tolerance.
 */
export function geometricMeanDifferenceSign(rates: readonly number[], reported: number, tolerance: number): Sign {
  let product = 1;
  for (let i = 0; i < rates.length; i += 1) product *= 1 + rates[i] / 100;
  const mean = (Math.pow(product, 1 / rates.length) - 1) * 100;
  const sign = clearSign(Math.abs(reported - mean), tolerance, Math.max(Math.abs(reported), Math.abs(mean)));
  if (sign !== undefined) return sign;
  const low = geometricMeanSign(rates, reported, -tolerance);
  const high = geometricMeanSign(rates, reported, tolerance);
  if (low < 0 || high > 0) return 1;
  return low === 0 || high === 0 ? 0 : -1;
}

/** The annualised growth (target / baseline)^(1/years) − 1, in percent, against `bound`; baseline > 0 and target ≥ 0. */
export function annualisedGrowthSign(baseline: number, target: number, years: number, bound: number): Sign {
  const base = 1 + bound / 100;
  if (base > 0) {
    const sign = clearSign(target / baseline, base ** years);
    if (sign !== undefined) return sign;
  }
  const t = exact(target);
  const b = exact(baseline);
  const ratio: Exact = { n: t.n * b.d, d: t.d * b.n };
  const exactBase = growthFactor(exact(bound));
  // A growth is at least −100 % (a target of 0); a bound below that is always exceeded.
  if (exactBase.n < 0n) return 1;
  return compare(ratio, pow(exactBase, years));
}

/** The reduction (baseline − target) / baseline, in percent, against `bound`; baseline > 0. */
export function reductionSign(baseline: number, target: number, bound: number): Sign {
  const sign = clearSign(((baseline - target) / baseline) * 100, bound);
  if (sign !== undefined) return sign;
  const b = exact(baseline);
  const reductionShare: Exact = mul(sub(b, exact(target)), { n: 100n * b.d, d: b.n });
  return compare(reductionShare, exact(bound));
}

/**
 * `actual` against the point `step` of `steps` on the geometric path from `baseline` to `target`,
 * baseline · (target / baseline)^(step / steps); baseline > 0, target ≥ 0. Exactly: both sides to the
 * power `steps`, actual^steps against baseline^(steps − step) · target^step.
 */
export function geometricPathSign(actual: number, baseline: number, target: number, step: number, steps: number): Sign {
  const sign = clearSign(actual, baseline * Math.pow(target / baseline, step / steps));
  if (sign !== undefined) return sign;
  const a = exact(actual);
  // The path never falls below 0, so a negative actual is below it whatever the power's parity says.
  if (a.n < 0n) return -1;
  return compare(pow(a, steps), mul(pow(exact(baseline), steps - step), pow(exact(target), step)));
}

/** `actual` against the point `step` of `steps` on the straight line from `baseline` to `target`: steps · actual against (steps − step) · baseline + step · target. */
export function linearPathSign(actual: number, baseline: number, target: number, step: number, steps: number): Sign {
  const sign = clearSign(actual, baseline + ((target - baseline) * step) / steps, Math.max(Math.abs(baseline), Math.abs(target)));
  if (sign !== undefined) return sign;
  const times = (value: number, factor: number): Exact => mul(exact(value), { n: BigInt(factor), d: 1n });
  return compare(times(actual, steps), add(times(baseline, steps - step), times(target, step)));
}

/** A computed figure rounded as reports quote it when nothing is compared with it. */
export function computedFigure(value: number): number {
  return roundTo(value, COMPUTED_DECIMALS);
}

/** numerator × factor / denominator against `bound`; denominator > 0 (e.g. patents per 10 000 employees). */
export function ratioSign(numerator: number, denominator: number, factor: number, bound: number): Sign {
  const sign = clearSign((numerator * factor) / denominator, bound);
  if (sign !== undefined) return sign;
  const d = exact(denominator);
  return compare(mul(mul(exact(numerator), exact(factor)), { n: d.d, d: d.n }), exact(bound));
}

/** |a − b| against `bound` (two figures that should agree, within a tolerance). */
export function differenceSign(a: number, b: number, bound: number): Sign {
  const sign = clearSign(Math.abs(a - b), bound, Math.max(Math.abs(a), Math.abs(b)));
  if (sign !== undefined) return sign;
  return compare(magnitude(sub(exact(a), exact(b))), exact(bound));
}

/** |reported − numerator × factor / denominator| against `bound`; denominator > 0. */
export function ratioDifferenceSign(reported: number, numerator: number, denominator: number, factor: number, bound: number): Sign {
  const ratio = (numerator * factor) / denominator;
  const sign = clearSign(Math.abs(reported - ratio), bound, Math.max(Math.abs(reported), Math.abs(ratio)));
  if (sign !== undefined) return sign;
  const d = exact(denominator);
  const exactRatio = mul(mul(exact(numerator), exact(factor)), { n: d.d, d: d.n });
  return compare(magnitude(sub(exact(reported), exactRatio)), exact(bound));
}

/**
 * A computed figure as a report quotes it: rounded to 4 decimals, with as many
 * more as it takes not to land on (or across) the threshold it was compared
 * with, so a message never says "actual: 5" for a rate that fails "at least 5";
 * the threshold itself when the comparison found them equal.
 */
export function shownFigure(value: number, threshold: number, sign: Sign): number {
  if (sign === 0) return threshold;
  for (let decimals = COMPUTED_DECIMALS; decimals <= 12; decimals += 1) {
    const rounded = roundTo(value, decimals);
    if (Math.sign(rounded - threshold) === sign) return rounded;
  }
  return value;
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
