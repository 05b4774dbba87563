// DOMAIN §5.1 (Art. 11): a fail makes the application ineligible.
// Functions from their own modules, not the '../../form' barrel (see facts.ts).
import { geometricMeanGrowth } from '../../form/derived';
import type { ByYear } from '../facts';
import { roundComputed } from '../numbers';
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
  return ({ facts, thresholds, used }) =>
    checkEachYear(facts.years, paths, facts[field], thresholds[key], used[key], listKey);
}

export const outputMin = leadingEachYear('totalOutput', 'outputMin');
export const outputSmeShare = leadingEachYear('smeOutputShare', 'smeOutputShareMin');
export const outputLeadingShare = leadingEachYear('leadingIndustryShare', 'leadingIndustryShareMin');

const QUALITY_SME_PATHS = [
  'specializedSmeCount',
  'littleGiantCount',
  'singleChampionCount',
  'highTechInnovativeCount',
].map((field) => `leadingIndustry.years.${Y3}.${field}`);

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
 * The geometric mean of a section's three yearly rates (FORM.md §11), rounded
 * (see numbers.ts). `average` is undefined while a rate is blank, and also when
 * a rate is −100 % or below (`vanished`): the quantity fell to nothing.
 */
export function averageOfYearlyRates(
  byYear: ByYear,
  paths: readonly string[],
): { rates: (number | null)[]; average: number | undefined; missing: string[]; vanished: boolean } {
  const rates = [byYear[0] ?? null, byYear[1] ?? null, byYear[2] ?? null];
  const complete = byYear[0] !== undefined && byYear[1] !== undefined && byYear[2] !== undefined;
  const mean = complete ? geometricMeanGrowth(byYear) : undefined;
  return {
    rates,
    average: mean === undefined ? undefined : roundComputed(mean),
    missing: complete ? [] : yearPathsWhere(paths, byYear, isBlank),
    vanished: complete && mean === undefined,
  };
}

const RD_GROWTH_PATHS = yearPaths('innovation.years', 'rdGrowth');

export function rdGrowth({ facts, thresholds, used }: RuleContext): Finding {
  const { rates, average, missing, vanished } = averageOfYearlyRates(facts.rdGrowth, RD_GROWTH_PATHS);
  const values = {
    years: facts.years,
    'innovation.years[].rdGrowth': rates,
    rdGrowthAvg3yComputed: average ?? null,
  };
  const threshold = used.rdGrowthAbove;
  // R&D spending that fell by 100 % in a year cannot average above the threshold.
  if (vanished) return finding('fail', values, threshold, rates);
  if (average === undefined) return finding('missing', values, threshold, undefined, missing);
  return finding(average > thresholds.rdGrowthAbove ? 'pass' : 'fail', values, threshold, average);
}

export function patentsGrowth({ facts, thresholds, used }: RuleContext): Finding {
  const min = thresholds.patentGrowthMin;
  return checkValue(
    'innovation.patentGrowthAvg',
    facts.patentGrowthAvg,
    (value) => value >= min,
    'fail',
    used.patentGrowthMin,
  );
}

export function patentsPer10k({ facts, thresholds, used }: RuleContext): Finding {
  const reported = facts.patentsPer10k;
  const computed = facts.patentsPer10kComputed;
  const decisive = computed ?? reported;
  const values = {
    'innovation.smePatentCount': facts.smePatentCount ?? null,
    'innovation.smeEmployees': facts.smeEmployees ?? null,
    'innovation.patentsPer10k': reported ?? null,
    patentsPer10kComputed: computed ?? null,
    decidedBy: computed !== undefined ? 'computed' : reported !== undefined ? 'reported' : null,
  };
  const threshold = used.patentsPer10kMin;
  if (decisive === undefined) {
    const missing: string[] = [];
    if (facts.smePatentCount === undefined) missing.push('innovation.smePatentCount');
    if (facts.smeEmployees === undefined) missing.push('innovation.smeEmployees');
    if (reported === undefined) missing.push('innovation.patentsPer10k');
    return finding('missing', values, threshold, undefined, missing);
  }
  return finding(decisive >= thresholds.patentsPer10kMin ? 'pass' : 'fail', values, threshold, decisive);
}

export function digitalIip({ facts, thresholds, used }: RuleContext): Finding {
  const min = thresholds.iipPenetrationMin;
  return checkValue(
    'digital.iipPenetration',
    facts.iipPenetration,
    (value) => value >= min,
    'fail',
    used.iipPenetrationMin,
  );
}

// Art. 11(6) binds only energy- / water-intensive clusters, hence 不涉及 passes.
const EFFICIENCY_ACCEPTED = ['是', '不涉及'] as const;

export const greenEnergy = ({ facts }: RuleContext) =>
  checkAnswer('basic.energyEfficiency', facts.energyEfficiency, EFFICIENCY_ACCEPTED);
export const greenWater = ({ facts }: RuleContext) =>
  checkAnswer('basic.waterEfficiency', facts.waterEfficiency, EFFICIENCY_ACCEPTED);
