import { finding } from '../finding';
import type { ByYear } from '../facts';
import type { Finding, Outcome, ThresholdValue } from '../types';

type Shortfall = Extract<Outcome, 'fail' | 'warn'>;
type Threshold = Readonly<Record<string, ThresholdValue>>;

/**
 * `{ [path]: value }`, built by assignment: V8 builds an object literal with a
 * computed key through a slow runtime path (about 20 times slower), and every
 * rule reports its inputs under keys that are only known as variables.
 */
export function valueAt(path: string, value: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  values[path] = value;
  return values;
}

/** The paths of one field in y1, y2, y3 of a `years[]` table, spelt once when a rule is defined. */
export function yearPaths(table: string, field: string): readonly string[] {
  return [`${table}.0.${field}`, `${table}.1.${field}`, `${table}.2.${field}`];
}

/** One number against a condition: missing when blank or "无", else pass or the rule's shortfall. */
export function checkValue(path: string, value: number | undefined, meets: (value: number) => boolean, shortfall: Shortfall, threshold: Threshold): Finding {
  if (value === undefined) return finding('missing', valueAt(path, null), threshold, undefined, [path]);
  return finding(meets(value) ? 'pass' : shortfall, valueAt(path, value), threshold, value);
}

/** The paths of the years whose value passes `test` (only built for a finding that lists them). */
export function yearPathsWhere(paths: readonly string[], byYear: ByYear, test: (value: number | undefined) => boolean): string[] {
  const listed: string[] = [];
  for (let i = 0; i < byYear.length; i += 1) if (test(byYear[i])) listed.push(paths[i]);
  return listed;
}

export const isBlank = (value: number | undefined) => value === undefined;

/**
 * At least `min` in each of y1, y2, y3, else fail. A year that is known to fall
 * short decides the outcome even when another year is blank: filling the blank
 * cannot rescue the application.
 */
export function checkEachYear(years: readonly number[], paths: readonly string[], byYear: ByYear, min: number, threshold: Threshold, listKey: string): Finding {
  // Arrays at their final size, and path lists only for a finding that quotes them:
  // these run three times in every evaluation.
  const observed = [byYear[0] ?? null, byYear[1] ?? null, byYear[2] ?? null];
  let outcome: Outcome = 'pass';
  for (let i = 0; i < byYear.length; i += 1) {
    const value = byYear[i];
    if (value === undefined) outcome = 'missing';
    else if (value < min) {
      outcome = 'fail';
      break;
    }
  }
  const values: Record<string, unknown> = { years };
  values[listKey] = observed;
  const listed =
    outcome === 'fail'
      ? yearPathsWhere(paths, byYear, (value) => value !== undefined && value < min)
      : outcome === 'missing'
        ? yearPathsWhere(paths, byYear, isBlank)
        : undefined;
  return finding(outcome, values, threshold, observed, listed);
}

/** A declaration answered from a fixed choice: missing when unanswered, pass on an accepted answer, else the shortfall. */
export function checkAnswer(path: string, given: string | undefined, accepted: readonly string[], shortfall: Shortfall = 'fail'): Finding {
  const threshold = { accepted };
  if (given === undefined) return finding('missing', valueAt(path, null), threshold, undefined, [path]);
  return finding(accepted.includes(given) ? 'pass' : shortfall, valueAt(path, given), threshold);
}
