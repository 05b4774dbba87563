import { finding } from '../finding';
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
export function checkValue(
  path: string,
  value: number | undefined,
  meets: (value: number) => boolean,
  shortfall: Shortfall,
  threshold: Threshold,
): Finding {
  if (value === undefined) return finding('missing', valueAt(path, null), threshold, undefined, [path]);
  return finding(meets(value) ? 'pass' : shortfall, valueAt(path, value), threshold, value);
}

/**
 * At least `min` in each of y1, y2, y3, else fail. A year that is known to fall
 * short decides the outcome even when another year is blank: filling the blank
 * cannot rescue the application.
 */
export function checkEachYear(
  years: readonly number[],
  paths: readonly string[],
  byYear: readonly (number | undefined)[],
  min: number,
  threshold: Threshold,
  listKey: string,
): Finding {
  const observed: (number | null)[] = [];
  const missing: string[] = [];
  const short: string[] = [];
  for (let i = 0; i < byYear.length; i += 1) {
    const value = byYear[i];
    observed.push(value ?? null);
    if (value === undefined) missing.push(paths[i]);
    else if (value < min) short.push(paths[i]);
  }
  const outcome: Outcome = short.length > 0 ? 'fail' : missing.length > 0 ? 'missing' : 'pass';
  const values: Record<string, unknown> = { years };
  values[listKey] = observed;
  return finding(outcome, values, threshold, observed, outcome === 'missing' ? missing : short);
}

/** A declaration answered from a fixed choice: missing when unanswered, pass on an accepted answer, else fail. */
export function checkAnswer(path: string, given: string | undefined, accepted: readonly string[]): Finding {
  const threshold = { accepted };
  if (given === undefined) return finding('missing', valueAt(path, null), threshold, undefined, [path]);
  return finding(accepted.includes(given) ? 'pass' : 'fail', valueAt(path, given), threshold);
}
