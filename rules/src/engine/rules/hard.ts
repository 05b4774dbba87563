// docs/domain.md §5.1 (Art. 11): a fail makes the application ineligible.
// Functions from their own modules, not the '../../form' barrel (see facts.ts).
import { geometricMeanGrowth } from '../../form/derived';
import type { ByYear, Facts } from '../facts';
import { geometricMeanSign, ratioSign, shownFigure, type Sign } from '../numbers';
import { Y3 } from '../read';
import { finding } from '../finding';
import type { Finding, RuleCheck, RuleContext } from '../types';
import { checkAnswer, checkEachYear, checkValue, isBlank, yearPaths, yearPathsWhere } from './shared';

/** "Each of the last three years" (Art. 11(1)) for one column of the leading-industry years. */
function leadingEachYear(
  field: 'totalOutput' | 'smeOutputShare' | 'leadingIndustryShare',
  key: 'outputMin' | 'smeOutputShareMin' | 'leadingIndustryShareMin',
): RuleCheck {
  const paths = yearPaths('leadingIndustry.years', field);
  const listKey = `leadingIndustry.years[].${field}`;
  return ({ facts, thresholds, used }) => checkEachYear(facts.years, paths, facts[field], thresholds[key], used[key], listKey);
}

export const outputMin = leadingEachYear('totalOutput', 'outputMin');
export const outputSmeShare = leadingEachYear('smeOutputShare', 'smeOutputShareMin');
export const outputLeadingShare = leadingEachYear('leadingIndustryShare', 'leadingIndustryShareMin');

const QUALITY_SME_PATHS = ['specializedSmeCount', 'littleGiantCount', 'singleChampionCount', 'highTechInnovativeCount'].map(
  (field) => `leadingIndustry.years.${Y3}.${field}`,
);

export function qualitySmesMin({ facts, thresholds, used }: RuleContext): Finding {
  const values: Record<string, unknown> = { year: facts.years[Y3] };
  const missing: string[] = [];
  for (let i = 0; i < QUALITY_SME_PATHS.length; i += 1) {
    const count = facts.qualitySmeCounts[i];
    values[QUALITY_SME_PATHS[i]] = count ?? null;
    if (count === undefined) missing.push(QUALITY_SME_PATHS[i]);
  }
  const total = facts.qualitySmeTotal;
  values.qualitySmeTotal = total ?? null;
  const threshold = used.qualitySmesMin;
  if (total === undefined) return finding('missing', values, threshold, undefined, missing);
  return finding(total >= thresholds.qualitySmesMin ? 'pass' : 'fail', values, threshold, total);
}

/**
 * A section's three yearly rates and their geometric mean (docs/form.md §11), not
 * rounded: rules compare it exactly (see numbers.ts). `known` holds the rates
 * once all three are given; `average` is undefined while a rate is blank, and
 * also when a rate is −100 % or below (`vanished`): the quantity fell to nothing.
 */
export function averageOfYearlyRates(
  byYear: ByYear,
  paths: readonly string[],
): {
  rates: (number | null)[];
  known: readonly number[] | undefined;
  average: number | undefined;
  missing: string[];
  vanished: boolean;
} {
  const rates = [byYear[0] ?? null, byYear[1] ?? null, byYear[2] ?? null];
  const known = byYear[0] !== undefined && byYear[1] !== undefined && byYear[2] !== undefined ? [byYear[0], byYear[1], byYear[2]] : undefined;
  const average = known ? geometricMeanGrowth(known) : undefined;
  return {
    rates,
    known,
    average,
    missing: known ? [] : yearPathsWhere(paths, byYear, isBlank),
    vanished: known !== undefined && average === undefined,
  };
}

const RD_GROWTH_PATHS = yearPaths('innovation.years', 'rdGrowth');

export function rdGrowth({ facts, thresholds, used }: RuleContext): Finding {
  const { rates, known, average, missing, vanished } = averageOfYearlyRates(facts.rdGrowth, RD_GROWTH_PATHS);
  const above = thresholds.rdGrowthAbove;
  const sign = known && average !== undefined ? geometricMeanSign(known, above) : undefined;
  const shown = sign === undefined ? undefined : shownFigure(average as number, above, sign);
  const values = {
    years: facts.years,
    'innovation.years[].rdGrowth': rates,
    rdGrowthAvg3yComputed: shown ?? null,
  };
  const threshold = used.rdGrowthAbove;
  // R&D spending that fell by 100 % in a year cannot average above the threshold.
  if (vanished) return finding('fail', values, threshold, rates);
  if (sign === undefined) return finding('missing', values, threshold, undefined, missing);
  return finding(sign > 0 ? 'pass' : 'fail', values, threshold, shown);
}

export function patentsGrowth({ facts, thresholds, used }: RuleContext): Finding {
  const min = thresholds.patentGrowthMin;
  return checkValue('innovation.patentGrowthAvg', facts.patentGrowthAvg, (value) => value >= min, 'fail', used.patentGrowthMin);
}

/** Patents per 10 000 employees computed from count and employees against `bound`, exactly (undefined without employees). */
export function patentsPer10kSign(facts: Facts, bound: number): Sign | undefined {
  const { smePatentCount: count, smeEmployees: employees } = facts;
  return facts.patentsPer10kComputed === undefined || count === undefined || employees === undefined ? undefined : ratioSign(count, employees, 10_000, bound);
}

export function patentsPer10k({ facts, thresholds, used }: RuleContext): Finding {
  const reported = facts.patentsPer10k;
  const computed = facts.patentsPer10kComputed;
  const min = thresholds.patentsPer10kMin;
  // The computed value decides whenever it exists; the reported one only stands in.
  const sign = patentsPer10kSign(facts, min) ?? (reported === undefined ? undefined : Math.sign(reported - min));
  const shown = computed === undefined || sign === undefined ? reported : shownFigure(computed, min, sign as Sign);
  const values = {
    'innovation.smePatentCount': facts.smePatentCount ?? null,
    'innovation.smeEmployees': facts.smeEmployees ?? null,
    'innovation.patentsPer10k': reported ?? null,
    patentsPer10kComputed: computed === undefined ? null : shown,
    decidedBy: computed !== undefined ? 'computed' : reported !== undefined ? 'reported' : null,
  };
  const threshold = used.patentsPer10kMin;
  if (sign === undefined) {
    const missing: string[] = [];
    if (facts.smePatentCount === undefined) missing.push('innovation.smePatentCount');
    if (facts.smeEmployees === undefined) missing.push('innovation.smeEmployees');
    if (reported === undefined) missing.push('innovation.patentsPer10k');
    return finding('missing', values, threshold, undefined, missing);
  }
  return finding(sign >= 0 ? 'pass' : 'fail', values, threshold, shown);
}

export function digitalIip({ facts, thresholds, used }: RuleContext): Finding {
  const min = thresholds.iipPenetrationMin;
  return checkValue('digital.iipPenetration', facts.iipPenetration, (value) => value >= min, 'fail', used.iipPenetrationMin);
}

// Art. 11(6) binds only energy- / water-intensive clusters, hence 不涉及 passes.
const EFFICIENCY_ACCEPTED = ['是', '不涉及'] as const;

export const greenEnergy = ({ facts }: RuleContext) => checkAnswer('basic.energyEfficiency', facts.energyEfficiency, EFFICIENCY_ACCEPTED);
export const greenWater = ({ facts }: RuleContext) => checkAnswer('basic.waterEfficiency', facts.waterEfficiency, EFFICIENCY_ACCEPTED);
