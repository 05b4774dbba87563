// DOMAIN §5.1 (Art. 11): a fail makes the application ineligible.
// Functions from their own modules, not the '../../form' barrel (see shared.ts).
import type { ApplicationForm } from '../../form';
import { formYears, geometricMeanGrowth, patentsPer10kComputed, qualitySmeTotal } from '../../form/derived';
import { roundComputed } from '../numbers';
import { num, Y3, YEAR_INDEXES, yearEntry } from '../read';
import type { Finding, RuleContext } from '../types';
import { checkAnswer, checkEachYear, checkValue, thresholdUsed } from './shared';

function leadingEachYear(
  ctx: RuleContext,
  field: 'totalOutput' | 'smeOutputShare' | 'leadingIndustryShare',
  key: 'outputMin' | 'smeOutputShareMin' | 'leadingIndustryShareMin',
): Finding {
  const years = ctx.form.leadingIndustry?.years;
  const min = ctx.thresholds[key];
  return checkEachYear(
    ctx,
    (i) => `leadingIndustry.years.${i}.${field}`,
    YEAR_INDEXES.map((i) => yearEntry(years, i)?.[field]),
    (value) => value >= min,
    'fail',
    thresholdUsed(ctx.thresholds, key),
    `leadingIndustry.years[].${field}`,
  );
}

export const outputMin = (ctx: RuleContext) => leadingEachYear(ctx, 'totalOutput', 'outputMin');
export const outputSmeShare = (ctx: RuleContext) => leadingEachYear(ctx, 'smeOutputShare', 'smeOutputShareMin');
export const outputLeadingShare = (ctx: RuleContext) =>
  leadingEachYear(ctx, 'leadingIndustryShare', 'leadingIndustryShareMin');

const QUALITY_SME_FIELDS = [
  'specializedSmeCount',
  'littleGiantCount',
  'singleChampionCount',
  'highTechInnovativeCount',
] as const;
const QUALITY_SME_PATHS = QUALITY_SME_FIELDS.map((field) => [field, `leadingIndustry.years.${Y3}.${field}`] as const);

export function qualitySmesMin(ctx: RuleContext): Finding {
  const entry = yearEntry(ctx.form.leadingIndustry?.years, Y3);
  const values: Record<string, unknown> = { year: formYears(ctx.callYear)[Y3] };
  const missing: string[] = [];
  for (const [field, path] of QUALITY_SME_PATHS) {
    values[path] = num(entry?.[field]) ?? null;
    if (values[path] === null) missing.push(path);
  }
  const total = entry ? qualitySmeTotal(entry) : undefined;
  values.qualitySmeTotal = total ?? null;
  const threshold = thresholdUsed(ctx.thresholds, 'qualitySmesMin');
  if (total === undefined) return { outcome: 'missing', values, threshold, paths: missing };
  return { outcome: total >= ctx.thresholds.qualitySmesMin ? 'pass' : 'fail', values, threshold, observed: total };
}

/**
 * The geometric mean of a section's three yearly rates (FORM.md §11), rounded
 * (see numbers.ts). `average` is undefined while a rate is blank, and also when
 * a rate is −100 % or below (`vanished`): the quantity fell to nothing.
 */
export function averageOfYearlyRates(
  rates: readonly unknown[],
  pathOf: (yearIndex: number) => string,
): { rates: (number | null)[]; average: number | undefined; missing: string[]; vanished: boolean } {
  const known: (number | null)[] = [];
  const missing: string[] = [];
  for (let i = 0; i < rates.length; i += 1) {
    const rate = num(rates[i]);
    known.push(rate ?? null);
    if (rate === undefined) missing.push(pathOf(i));
  }
  const mean = missing.length === 0 ? geometricMeanGrowth(known as number[]) : undefined;
  return {
    rates: known,
    average: mean === undefined ? undefined : roundComputed(mean),
    missing,
    vanished: missing.length === 0 && mean === undefined,
  };
}

export function rdGrowth(ctx: RuleContext): Finding {
  const years = ctx.form.innovation?.years;
  const { rates, average, missing, vanished } = averageOfYearlyRates(
    YEAR_INDEXES.map((i) => yearEntry(years, i)?.rdGrowth),
    (i) => `innovation.years.${i}.rdGrowth`,
  );
  const values = {
    years: formYears(ctx.callYear),
    'innovation.years[].rdGrowth': rates,
    rdGrowthAvg3yComputed: average ?? null,
  };
  const threshold = thresholdUsed(ctx.thresholds, 'rdGrowthAbove');
  // R&D spending that fell by 100 % in a year cannot average above the threshold.
  if (vanished) return { outcome: 'fail', values, threshold, observed: rates };
  if (average === undefined) return { outcome: 'missing', values, threshold, paths: missing };
  return { outcome: average > ctx.thresholds.rdGrowthAbove ? 'pass' : 'fail', values, threshold, observed: average };
}

export function patentsGrowth(ctx: RuleContext): Finding {
  const min = ctx.thresholds.patentGrowthMin;
  return checkValue(
    'innovation.patentGrowthAvg',
    ctx.form.innovation?.patentGrowthAvg,
    (value) => value >= min,
    'fail',
    thresholdUsed(ctx.thresholds, 'patentGrowthMin'),
  );
}

/** FORM.md §11's computed patents per 10 000 employees, rounded like every computed value. */
export function patentsPer10kRounded(form: ApplicationForm): number | undefined {
  const computed = patentsPer10kComputed(form);
  return computed === undefined ? undefined : roundComputed(computed);
}

export function patentsPer10k(ctx: RuleContext): Finding {
  const innovation = ctx.form.innovation;
  const reported = num(innovation?.patentsPer10k);
  const computed = patentsPer10kRounded(ctx.form);
  const decisive = computed ?? reported;
  const values = {
    'innovation.smePatentCount': num(innovation?.smePatentCount) ?? null,
    'innovation.smeEmployees': num(innovation?.smeEmployees) ?? null,
    'innovation.patentsPer10k': reported ?? null,
    patentsPer10kComputed: computed ?? null,
    decidedBy: computed !== undefined ? 'computed' : reported !== undefined ? 'reported' : null,
  };
  const threshold = thresholdUsed(ctx.thresholds, 'patentsPer10kMin');
  if (decisive === undefined) {
    return {
      outcome: 'missing',
      values,
      threshold,
      paths: Object.entries(values)
        .filter(([path, value]) => path.startsWith('innovation.') && value === null)
        .map(([path]) => path),
    };
  }
  return {
    outcome: decisive >= ctx.thresholds.patentsPer10kMin ? 'pass' : 'fail',
    values,
    threshold,
    observed: decisive,
  };
}

export function digitalIip(ctx: RuleContext): Finding {
  const min = ctx.thresholds.iipPenetrationMin;
  return checkValue(
    'digital.iipPenetration',
    ctx.form.digital?.iipPenetration,
    (value) => value >= min,
    'fail',
    thresholdUsed(ctx.thresholds, 'iipPenetrationMin'),
  );
}

// Art. 11(6) binds only energy- / water-intensive clusters, hence 不涉及 passes.
const EFFICIENCY_ACCEPTED = ['是', '不涉及'] as const;

export const greenEnergy = (ctx: RuleContext) =>
  checkAnswer('basic.energyEfficiency', ctx.form.basic?.energyEfficiency, EFFICIENCY_ACCEPTED);
export const greenWater = (ctx: RuleContext) =>
  checkAnswer('basic.waterEfficiency', ctx.form.basic?.waterEfficiency, EFFICIENCY_ACCEPTED);
