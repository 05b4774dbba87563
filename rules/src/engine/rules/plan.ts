// docs/domain.md §5.4 (form section 八, notes a–g and the 备注): a shortfall warns.
import type { Facts, PlanCells, PlanRowId } from '../facts';
import { annualisedGrowthSign, differenceSign, reductionSign, shownFigure, type Sign } from '../numbers';
import { Y3 } from '../read';
import type { ThresholdKey } from '../thresholds';
import { finding } from '../finding';
import type { Finding, RuleCheck, RuleContext } from '../types';
import { valueAt } from './shared';

/** Baseline year y3 → target year p3 (callYear + 2): three plan years. */
const PLAN_YEARS = 3;

/** The paths of one target row's cells, spelt once when the rules are defined, not per evaluation. */
function targetPaths(id: PlanRowId) {
  return { baseline: `plan.targets[${id}].baseline`, target: `plan.targets[${id}].target` };
}

function missingFinding(paths: string[], values: Record<string, unknown>, threshold: Readonly<Record<string, number>>): Finding {
  return finding('missing', values, threshold, undefined, paths);
}

type Cells = { values: Record<string, unknown>; missing: Finding } | { values: Record<string, unknown>; missing?: undefined; baseline: number; target: number };

/** Both cells of a row as numbers, or the missing finding naming the blank ones. */
function bothCells(paths: { baseline: string; target: string }, { baseline, target }: PlanCells, threshold: Readonly<Record<string, number>>): Cells {
  const values = valueAt(paths.baseline, baseline ?? null);
  values[paths.target] = target ?? null;
  if (baseline !== undefined && target !== undefined) return { values, baseline, target };
  const blank: string[] = [];
  if (baseline === undefined) blank.push(paths.baseline);
  if (target === undefined) blank.push(paths.target);
  return { values, missing: missingFinding(blank, values, threshold) };
}

/** A target value on its own (notes a, e): warn below the threshold. */
function targetRule(id: PlanRowId, key: ThresholdKey): RuleCheck {
  const path = targetPaths(id).target;
  return ({ facts, thresholds, used }) => {
    const { target } = facts.plan[id];
    const threshold = used[key];
    if (target === undefined) return missingFinding([path], valueAt(path, null), threshold);
    return finding(target >= thresholds[key] ? 'pass' : 'warn', valueAt(path, target), threshold, target);
  };
}

/** A rate over the plan: its value for the report, and its exact position against a bound. */
interface PlanRate {
  /** Undefined where the rate is (baseline 0 or less, or a negative target for a growth). */
  value(baseline: number, target: number): number | undefined;
  sign(baseline: number, target: number, bound: number): Sign;
}

/** Annualised growth (target / baseline)^(1/3) − 1 from the baseline year to the third plan year, in percent. */
const GROWTH_OVER_PLAN: PlanRate = {
  value: (baseline, target) => (baseline > 0 && target >= 0 ? (Math.pow(target / baseline, 1 / PLAN_YEARS) - 1) * 100 : undefined),
  sign: (baseline, target, bound) => annualisedGrowthSign(baseline, target, PLAN_YEARS, bound),
};

/** Reduction (baseline − target) / baseline, in percent. */
const REDUCTION: PlanRate = {
  value: (baseline, target) => (baseline > 0 ? ((baseline - target) / baseline) * 100 : undefined),
  sign: reductionSign,
};

/**
 * A rate computed from baseline and target (notes c, d, f, g), compared exactly
 * with the threshold. A baseline of 0 (or a negative one) leaves the rate
 * undefined; that is a real answer, not a blank, so it warns for a human to
 * judge instead of reporting missing data.
 */
function rateRule(id: PlanRowId, key: ThresholdKey, rateName: string, rate: PlanRate): RuleCheck {
  const paths = targetPaths(id);
  return ({ facts, thresholds, used }) => {
    const threshold = used[key];
    const cells = bothCells(paths, facts.plan[id], threshold);
    if (cells.missing) return cells.missing;
    const { values, baseline, target } = cells;
    const value = rate.value(baseline, target);
    if (value === undefined) {
      values[rateName] = null;
      return finding('warn', values, threshold, undefined, [paths.baseline]);
    }
    const bound = thresholds[key];
    const sign = rate.sign(baseline, target, bound);
    const shown = shownFigure(value, bound, sign);
    values[rateName] = shown;
    return finding(sign >= 0 ? 'pass' : 'warn', values, threshold, shown);
  };
}

export const planOutputGrowth = targetRule('outputGrowth', 'planOutputGrowthMin');

const QUALITY_SMES_PATHS = targetPaths('qualitySmes');

/** Note b asks for a rise every year; the table holds only baseline and target, so target > baseline is what can be checked. */
export function planQualitySmes({ facts }: RuleContext): Finding {
  const cells = bothCells(QUALITY_SMES_PATHS, facts.plan.qualitySmes, {});
  if (cells.missing) return cells.missing;
  const { values, baseline, target } = cells;
  return finding(target > baseline ? 'pass' : 'warn', values, {}, [baseline, target]);
}

export const planRdGrowth = rateRule('rdInvestment', 'planRdGrowthMin', 'annualisedGrowth', GROWTH_OVER_PLAN);
export const planPatentsGrowth = rateRule('inventionPatents', 'planPatentsGrowthMin', 'annualisedGrowth', GROWTH_OVER_PLAN);
export const planIip = targetRule('iipPenetration', 'planIipTargetWarnBelow');
export const planCo2 = rateRule('co2Emissions', 'planCo2ReductionWarnBelow', 'reductionPercent', REDUCTION);
export const planEnergy = rateRule('energyIntensity', 'planEnergyReductionWarnBelow', 'reductionPercent', REDUCTION);

/** Baselines held to the recognition criteria (备注: 基准值须符合认定标准): [row id, its baseline path, threshold]. */
const BASELINE_CRITERIA: ReadonlyArray<readonly [PlanRowId, string, ThresholdKey]> = [
  ['qualitySmes', QUALITY_SMES_PATHS.baseline, 'qualitySmesMin'],
  ['iipPenetration', targetPaths('iipPenetration').baseline, 'iipPenetrationMin'],
  // Art. 11's 5 % is about leading-industry growth; the plan row measures total output (docs/form.md §13).
  ['outputGrowth', targetPaths('outputGrowth').baseline, 'leadingGrowthMin'],
];

/** Baselines that restate a figure reported elsewhere for y3 (docs/form.md §12): [row id, its baseline path, source name, source]. */
const BASELINE_SOURCES: ReadonlyArray<readonly [PlanRowId, string, string, (facts: Facts) => number | undefined]> = [
  ['qualitySmes', QUALITY_SMES_PATHS.baseline, 'qualitySmeTotal', (facts) => facts.qualitySmeTotal],
  ['inventionPatents', targetPaths('inventionPatents').baseline, 'innovation.smePatentCount', (facts) => facts.smePatentCount],
  ['iipPenetration', targetPaths('iipPenetration').baseline, 'digital.iipPenetration', (facts) => facts.iipPenetration],
  // docs/form.md gives the row the intensity unit 吨二氧化碳/万元, so it restates the y3 intensity.
  ['co2Emissions', targetPaths('co2Emissions').baseline, `green.years.${Y3}.co2Intensity`, (facts) => facts.co2IntensityY3],
];

// Both sides carry at most 2 decimals; anything closer than half a cent is the same figure.
const SAME_FIGURE = 0.005;

export function planBaseline({ facts, thresholds }: RuleContext): Finding {
  const values: Record<string, unknown> = {};
  const threshold: Record<string, number> = {};
  const missing: string[] = [];
  const offending: string[] = [];
  for (const [id, path, key] of BASELINE_CRITERIA) {
    const { baseline } = facts.plan[id];
    threshold[key] = thresholds[key];
    values[path] = baseline ?? null;
    if (baseline === undefined) missing.push(path);
    else if (baseline < thresholds[key]) offending.push(path);
  }
  // A blank on either side is reported by the rule that reads it; only two known, different figures warn here.
  for (const [id, path, sourceName, sourceOf] of BASELINE_SOURCES) {
    const { baseline } = facts.plan[id];
    const source = sourceOf(facts);
    values[path] = baseline ?? null;
    values[sourceName] = source ?? null;
    if (baseline !== undefined && source !== undefined && differenceSign(baseline, source, SAME_FIGURE) >= 0) {
      if (!offending.includes(path)) offending.push(path);
    }
  }
  if (missing.length > 0) return finding('missing', values, threshold, undefined, missing);
  return finding(offending.length > 0 ? 'warn' : 'pass', values, threshold, undefined, offending);
}
