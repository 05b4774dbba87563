import { formYears } from '../../form';
import { answer, num, YEAR_INDEXES } from '../read';
import type { ThresholdKey, Thresholds } from '../thresholds';
import type { Finding, Outcome, RuleContext, ThresholdValue } from '../types';

type Shortfall = Extract<Outcome, 'fail' | 'warn'>;
type Threshold = Record<string, ThresholdValue>;

/** The named thresholds, as the rule reports them. */
export function thresholdsUsed(thresholds: Thresholds, ...keys: ThresholdKey[]): Record<string, number> {
  const used: Record<string, number> = {};
  for (const key of keys) used[key] = thresholds[key];
  return used;
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
  if (value === undefined) return { outcome: 'missing', values: { [path]: null }, threshold, paths: [path] };
  return { outcome: meets(value) ? 'pass' : shortfall, values: { [path]: value }, threshold, observed: value };
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
  const values = raws.map(num);
  const missing = YEAR_INDEXES.filter((i) => values[i] === undefined).map(pathOf);
  const short = YEAR_INDEXES.filter((i) => values[i] !== undefined && !meets(values[i] as number)).map(pathOf);
  const observed = values.map((value) => value ?? null);
  const outcome: Outcome = short.length > 0 ? shortfall : missing.length > 0 ? 'missing' : 'pass';
  return {
    outcome,
    values: { years: formYears(ctx.callYear), [listKey]: observed },
    threshold,
    observed,
    paths: outcome === 'missing' ? missing : short,
  };
}

/** A declaration answered from a fixed choice: missing when unanswered, pass on an accepted answer, else fail. */
export function checkAnswer(path: string, raw: unknown, accepted: readonly string[]): Finding {
  const given = answer(raw);
  const threshold = { accepted };
  if (given === undefined) return { outcome: 'missing', values: { [path]: null }, threshold, paths: [path] };
  return { outcome: accepted.includes(given) ? 'pass' : 'fail', values: { [path]: given }, threshold };
}
