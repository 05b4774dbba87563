// DOMAIN §5.4 (form section 八, notes a–g and the 备注): a shortfall warns.
import { annualisedGrowth, reduction } from '../numbers';
import { qualitySmeTotal } from '../../form';
import { num, planRow, Y3, yearEntry } from '../read';
import type { ThresholdKey } from '../thresholds';
import type { Finding, RuleContext } from '../types';
import { thresholdsUsed } from './shared';

/** Baseline year y3 → target year p3 (callYear + 2): three plan years. */
const PLAN_YEARS = 3;

const targetPath = (id: string, column: 'baseline' | 'target') => `plan.targets[${id}].${column}`;

function planNumbers(ctx: RuleContext, id: string) {
  const row = planRow(ctx.form.plan?.targets, id);
  return { baseline: num(row?.baseline), target: num(row?.target) };
}

function missingFinding(paths: string[], values: Record<string, unknown>, threshold: Record<string, number>): Finding {
  return { outcome: 'missing', values, threshold, paths };
}

/** A target value on its own (notes a, e): warn below the threshold. */
function checkTarget(ctx: RuleContext, id: string, key: ThresholdKey): Finding {
  const { target } = planNumbers(ctx, id);
  const path = targetPath(id, 'target');
  const threshold = thresholdsUsed(ctx.thresholds, key);
  if (target === undefined) return missingFinding([path], { [path]: null }, threshold);
  return {
    outcome: target >= ctx.thresholds[key] ? 'pass' : 'warn',
    values: { [path]: target },
    threshold,
    observed: target,
  };
}

/**
 * A rate computed from baseline and target (notes c, d, f, g). A baseline of 0
 * (or a negative one) leaves the rate undefined; that is a real answer, not a
 * blank, so it warns for a human to judge instead of reporting missing data.
 */
function checkRate(
  ctx: RuleContext,
  id: string,
  key: ThresholdKey,
  rateName: string,
  rateOf: (baseline: number, target: number) => number | undefined,
): Finding {
  const { baseline, target } = planNumbers(ctx, id);
  const baselinePath = targetPath(id, 'baseline');
  const goalPath = targetPath(id, 'target');
  const values: Record<string, unknown> = { [baselinePath]: baseline ?? null, [goalPath]: target ?? null };
  const threshold = thresholdsUsed(ctx.thresholds, key);
  if (baseline === undefined || target === undefined) {
    return missingFinding(
      [baselinePath, goalPath].filter((path) => values[path] === null),
      values,
      threshold,
    );
  }
  const rate = rateOf(baseline, target);
  values[rateName] = rate ?? null;
  if (rate === undefined) return { outcome: 'warn', values, threshold, paths: [baselinePath] };
  return { outcome: rate >= ctx.thresholds[key] ? 'pass' : 'warn', values, threshold, observed: rate };
}

const growthOverPlan = (baseline: number, target: number) => annualisedGrowth(baseline, target, PLAN_YEARS);

export const planOutputGrowth = (ctx: RuleContext) => checkTarget(ctx, 'outputGrowth', 'planOutputGrowthMin');

/** Note b asks for a rise every year; the table holds only baseline and target, so target > baseline is what can be checked. */
export function planQualitySmes(ctx: RuleContext): Finding {
  const { baseline, target } = planNumbers(ctx, 'qualitySmes');
  const baselinePath = targetPath('qualitySmes', 'baseline');
  const goalPath = targetPath('qualitySmes', 'target');
  const values = { [baselinePath]: baseline ?? null, [goalPath]: target ?? null };
  if (baseline === undefined || target === undefined) {
    return missingFinding(
      [baselinePath, goalPath].filter((path) => values[path] === null),
      values,
      {},
    );
  }
  return { outcome: target > baseline ? 'pass' : 'warn', values, threshold: {}, observed: [baseline, target] };
}

export const planRdGrowth = (ctx: RuleContext) =>
  checkRate(ctx, 'rdInvestment', 'planRdGrowthMin', 'annualisedGrowth', growthOverPlan);
export const planPatentsGrowth = (ctx: RuleContext) =>
  checkRate(ctx, 'inventionPatents', 'planPatentsGrowthMin', 'annualisedGrowth', growthOverPlan);
export const planIip = (ctx: RuleContext) => checkTarget(ctx, 'iipPenetration', 'planIipTargetWarnBelow');
export const planCo2 = (ctx: RuleContext) =>
  checkRate(ctx, 'co2Emissions', 'planCo2ReductionWarnBelow', 'reductionPercent', reduction);
export const planEnergy = (ctx: RuleContext) =>
  checkRate(ctx, 'energyIntensity', 'planEnergyReductionWarnBelow', 'reductionPercent', reduction);

/** Baselines held to the recognition criteria (备注: 基准值须符合认定标准). */
const BASELINE_CRITERIA: ReadonlyArray<readonly [string, ThresholdKey]> = [
  ['qualitySmes', 'qualitySmesMin'],
  ['iipPenetration', 'iipPenetrationMin'],
  // Art. 11's 5 % is about leading-industry growth; the plan row measures total output (FORM.md §13).
  ['outputGrowth', 'leadingGrowthMin'],
];

/** Baselines that restate a figure reported elsewhere for y3 (FORM.md §12). */
const BASELINE_SOURCES: ReadonlyArray<readonly [string, string, (ctx: RuleContext) => number | undefined]> = [
  [
    'qualitySmes',
    'qualitySmeTotal',
    (ctx) => {
      const entry = yearEntry(ctx.form.leadingIndustry?.years, Y3);
      return entry ? qualitySmeTotal(entry) : undefined;
    },
  ],
  ['inventionPatents', 'innovation.smePatentCount', (ctx) => num(ctx.form.innovation?.smePatentCount)],
  ['iipPenetration', 'digital.iipPenetration', (ctx) => num(ctx.form.digital?.iipPenetration)],
  // FORM.md gives the row the intensity unit 吨二氧化碳/万元, so it restates the y3 intensity.
  ['co2Emissions', `green.years.${Y3}.co2Intensity`, (ctx) => num(yearEntry(ctx.form.green?.years, Y3)?.co2Intensity)],
];

// Both sides carry at most 2 decimals; anything closer than half a cent is the same figure.
const SAME_FIGURE = 0.005;

export function planBaseline(ctx: RuleContext): Finding {
  const values: Record<string, unknown> = {};
  const threshold: Record<string, number> = {};
  const missing: string[] = [];
  const offending: string[] = [];
  for (const [id, key] of BASELINE_CRITERIA) {
    const path = targetPath(id, 'baseline');
    const baseline = planNumbers(ctx, id).baseline;
    threshold[key] = ctx.thresholds[key];
    values[path] = baseline ?? null;
    if (baseline === undefined) missing.push(path);
    else if (baseline < ctx.thresholds[key]) offending.push(path);
  }
  // A blank on either side is reported by the rule that reads it; only two known, different figures warn here.
  for (const [id, sourceName, sourceOf] of BASELINE_SOURCES) {
    const path = targetPath(id, 'baseline');
    const baseline = planNumbers(ctx, id).baseline;
    const source = sourceOf(ctx);
    values[path] = baseline ?? null;
    values[sourceName] = source ?? null;
    if (baseline !== undefined && source !== undefined && Math.abs(baseline - source) >= SAME_FIGURE) {
      offending.push(path);
    }
  }
  if (missing.length > 0) return { outcome: 'missing', values, threshold, paths: missing };
  return { outcome: offending.length > 0 ? 'warn' : 'pass', values, threshold, paths: [...new Set(offending)] };
}
