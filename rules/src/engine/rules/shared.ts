// Hot-path functions come from their own modules, not the '../../form' barrel: tsc compiles
// `export *` into getters, and each call through one showed up in the profile.
import { formYears } from '../../form/derived';
import { answer, num } from '../read';
import type { ThresholdKey, Thresholds } from '../thresholds';
import type { Finding, Outcome, RuleContext, ThresholdValue } from '../types';

type Shortfall = Extract<Outcome, 'fail' | 'warn'>;
type Threshold = Record<string, ThresholdValue>;

// Built once per thresholds object and key, and frozen: reports share them as
// they share `thresholds` itself (an object with a computed key is slow to build).
const usedByThresholds = new WeakMap<Thresholds, Partial<Record<ThresholdKey, Readonly<Record<string, number>>>>>();

/** The named threshold, as the rule reports it. */
export function thresholdUsed(thresholds: Thresholds, key: ThresholdKey): Readonly<Record<string, number>> {
  let used = usedByThresholds.get(thresholds);
  if (!used) {
    used = {};
    usedByThresholds.set(thresholds, used);
  }
  return (used[key] ??= Object.freeze({ [key]: thresholds[key] }));
}

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

/** One number against a condition: missing when blank or "无", else pass or the rule's shortfall. */
export function checkValue(
  path: string,
  raw: unknown,
  meets: (value: number) => boolean,
  shortfall: Shortfall,
  threshold: Threshold,
): Finding {
  const value = num(raw);
  if (value === undefined) return { outcome: 'missing', values: valueAt(path, null), threshold, paths: [path] };
  return { outcome: meets(value) ? 'pass' : shortfall, values: valueAt(path, value), threshold, observed: value };
}

/**
 * The same condition in each of y1, y2, y3. A year that is known to fall short
 * decides the outcome even when another year is blank: filling the blank
 * cannot rescue the application.
 */
export function checkEachYear(
  ctx: RuleContext,
  pathOf: (yearIndex: number) => string,
  raws: readonly unknown[],
  meets: (value: number) => boolean,
  shortfall: Shortfall,
  threshold: Threshold,
  listKey: string,
): Finding {
  const observed: (number | null)[] = [];
  const missing: string[] = [];
  const short: string[] = [];
  for (let i = 0; i < raws.length; i += 1) {
    const value = num(raws[i]);
    observed.push(value ?? null);
    if (value === undefined) missing.push(pathOf(i));
    else if (!meets(value)) short.push(pathOf(i));
  }
  const outcome: Outcome = short.length > 0 ? shortfall : missing.length > 0 ? 'missing' : 'pass';
  const values: Record<string, unknown> = { years: formYears(ctx.callYear) };
  values[listKey] = observed;
  return {
    outcome,
    values,
    threshold,
    observed,
    paths: outcome === 'missing' ? missing : short,
  };
}

/** A declaration answered from a fixed choice: missing when unanswered, pass on an accepted answer, else fail. */
export function checkAnswer(path: string, raw: unknown, accepted: readonly string[]): Finding {
  const given = answer(raw);
  const threshold = { accepted };
  if (given === undefined) return { outcome: 'missing', values: valueAt(path, null), threshold, paths: [path] };
  return { outcome: accepted.includes(given) ? 'pass' : 'fail', values: valueAt(path, given), threshold };
}
