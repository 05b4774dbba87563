// DOMAIN §5.1 (Art. 11): a fail makes the application ineligible.
import { geometricMeanGrowth, roundComputed } from '../numbers';
import { num, Y3, YEAR_INDEXES, yearEntry } from '../read';
import type { Finding, RuleContext } from '../types';
import { checkAnswer, checkEachYear, checkValue, formYearsOf, thresholdsUsed } from './shared';
import type { ApplicationForm } from '../../form';

type LeadingYear = NonNullable<NonNullable<ApplicationForm['leadingIndustry']>['years']>[number];

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
    thresholdsUsed(ctx.thresholds, key),
    `leadingIndustry.years[].${field}`,
  );
}

export const outputMin = (ctx: RuleContext) => leadingEachYear(ctx, 'totalOutput', 'outputMin');
export const outputSmeShare = (ctx: RuleContext) => leadingEachYear(ctx, 'smeOutputShare', 'smeOutputShareMin');
export const outputLeadingShare = (ctx: RuleContext) =>
  leadingEachYear(ctx, 'leadingIndustryShare', 'leadingIndustryShareMin');

const QUALITY_SME_FIELDS = ['specializedSmeCount', 'littleGiantCount', 'singleChampionCount', 'highTechInnovativeCount'] as const;

/** y3 专精特新 + 小巨人 + 单项冠军 + 高新/创新型 (FORM.md §11 qualitySmeTotal); undefined unless all four are numbers. */
export function qualitySmeTotal(entry: LeadingYear | undefined): number | undefined {
  let total = 0;
  for (const field of QUALITY_SME_FIELDS) {
    const count = num(entry?.[field]);
    if (count === undefined) return undefined;
    total += count;
  }
  return total;
}

export function qualitySmesMin(ctx: RuleContext): Finding {
  const entry = yearEntry(ctx.form.leadingIndustry?.years, Y3);
  const values: Record<string, unknown> = { year: formYearsOf(ctx)[Y3] };
  const missing: string[] = [];
  for (const field of QUALITY_SME_FIELDS) {
    const path = `leadingIndustry.years.${Y3}.${field}`;
    values[path] = num(entry?.[field]) ?? null;
    if (values[path] === null) missing.push(path);
  }
  const total = qualitySmeTotal(entry);
  values.qualitySmeTotal = total ?? null;
  const threshold = thresholdsUsed(ctx.thresholds, 'qualitySmesMin');
  if (total === undefined) return { outcome: 'missing', values, threshold, paths: missing };
  return { outcome: total >= ctx.thresholds.qualitySmesMin ? 'pass' : 'fail', values, threshold, observed: total };
}

/** Geometric mean of the three yearly rates in a `years[]` section, with the paths it read. */
export function averageOfYearlyRates(
  rates: readonly unknown[],
  pathOf: (yearIndex: number) => string,
): { rates: (number | null)[]; average: number | undefined; missing: string[] } {
  const known = rates.map(num);
  const missing = YEAR_INDEXES.filter((i) => known[i] === undefined).map(pathOf);
  const average = missing.length === 0 ? geometricMeanGrowth(known as number[]) : undefined;
  return { rates: known.map((rate) => rate ?? null), average, missing };
}

export function rdGrowth(ctx: RuleContext): Finding {
  const years = ctx.form.innovation?.years;
  const pathOf = (i: number) => `innovation.years.${i}.rdGrowth`;
  const { rates, average, missing } = averageOfYearlyRates(
    YEAR_INDEXES.map((i) => yearEntry(years, i)?.rdGrowth),
    pathOf,
  );
  const values = {
    years: formYearsOf(ctx),
    'innovation.years[].rdGrowth': rates,
    rdGrowthAvg3yComputed: average ?? null,
  };
  const threshold = thresholdsUsed(ctx.thresholds, 'rdGrowthAbove');
  // A rate below −100 % leaves the mean undefined: report the rates to correct, as for a blank.
  if (average === undefined) {
    return { outcome: 'missing', values, threshold, paths: missing.length > 0 ? missing : YEAR_INDEXES.map(pathOf) };
  }
  return { outcome: average > ctx.thresholds.rdGrowthAbove ? 'pass' : 'fail', values, threshold, observed: average };
}

export function patentsGrowth(ctx: RuleContext): Finding {
  const min = ctx.thresholds.patentGrowthMin;
  return checkValue(
    'innovation.patentGrowthAvg',
    ctx.form.innovation?.patentGrowthAvg,
    (value) => value >= min,
    'fail',
    thresholdsUsed(ctx.thresholds, 'patentGrowthMin'),
  );
}

/** smePatentCount ÷ smeEmployees × 10 000 (FORM.md §11), when both are given and employees > 0. */
export function patentsPer10kComputed(form: ApplicationForm): number | undefined {
  const count = num(form.innovation?.smePatentCount);
  const employees = num(form.innovation?.smeEmployees);
  if (count === undefined || employees === undefined || !(employees > 0)) return undefined;
  return roundComputed((count / employees) * 10_000);
}

export function patentsPer10k(ctx: RuleContext): Finding {
  const innovation = ctx.form.innovation;
  const reported = num(innovation?.patentsPer10k);
  const computed = patentsPer10kComputed(ctx.form);
  const decisive = computed ?? reported;
  const values = {
    'innovation.smePatentCount': num(innovation?.smePatentCount) ?? null,
    'innovation.smeEmployees': num(innovation?.smeEmployees) ?? null,
    'innovation.patentsPer10k': reported ?? null,
    patentsPer10kComputed: computed ?? null,
    decidedBy: computed !== undefined ? 'computed' : reported !== undefined ? 'reported' : null,
  };
  const threshold = thresholdsUsed(ctx.thresholds, 'patentsPer10kMin');
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
    thresholdsUsed(ctx.thresholds, 'iipPenetrationMin'),
  );
}

// Art. 11(6) binds only energy- / water-intensive clusters, hence 不涉及 passes.
const EFFICIENCY_ACCEPTED = ['是', '不涉及'] as const;

export const greenEnergy = (ctx: RuleContext) =>
  checkAnswer('basic.energyEfficiency', ctx.form.basic?.energyEfficiency, EFFICIENCY_ACCEPTED);
export const greenWater = (ctx: RuleContext) =>
  checkAnswer('basic.waterEfficiency', ctx.form.basic?.waterEfficiency, EFFICIENCY_ACCEPTED);
