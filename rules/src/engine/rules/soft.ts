// DOMAIN §5.3: a warn sends the application to human review.
import type { Facts } from '../facts';
import { roundComputed } from '../numbers';
import { hasFiles, isNone, num } from '../read';
import type { Finding, RuleContext } from '../types';
import type { ApplicationForm } from '../../form';
import { averageOfYearlyRates } from './hard';
import { checkValue, yearPaths } from './shared';

export function areaMax({ facts, thresholds, used }: RuleContext): Finding {
  const max = thresholds.areaMaxKm2;
  return checkValue('basic.areaKm2', facts.areaKm2, (value) => value <= max, 'warn', used.areaMaxKm2);
}

const LEADING_GROWTH_PATHS = yearPaths('leadingIndustry.years', 'leadingIndustryGrowth');

function leadingGrowthRates(facts: Facts) {
  return averageOfYearlyRates(facts.leadingIndustryGrowth, LEADING_GROWTH_PATHS);
}

// Also spelt as a literal key in `values` below (a computed key is slow to build, see valueAt).
const REPORTED_LEADING_GROWTH = 'leadingIndustry.leadingGrowthAvg3y';

/** FORM.md §12: the reported average decides; the one computed from the yearly rates stands in when it is blank. */
export function leadingGrowth({ facts, thresholds, used }: RuleContext): Finding {
  const reported = facts.leadingGrowthAvg3y;
  const { rates, average, missing, vanished } = leadingGrowthRates(facts);
  const decisive = reported ?? average;
  const values = {
    'leadingIndustry.leadingGrowthAvg3y': reported ?? null,
    'leadingIndustry.years[].leadingIndustryGrowth': rates,
    leadingGrowthAvg3yComputed: average ?? null,
    decidedBy: reported !== undefined ? 'reported' : average !== undefined ? 'computed' : null,
  };
  const threshold = used.leadingGrowthMin;
  // A year in which the leading industry lost all its output cannot average 5 %.
  if (decisive === undefined && vanished) return { outcome: 'warn', values, threshold, observed: rates };
  if (decisive === undefined) {
    return { outcome: 'missing', values, threshold, paths: [REPORTED_LEADING_GROWTH, ...missing] };
  }
  return { outcome: decisive >= thresholds.leadingGrowthMin ? 'pass' : 'warn', values, threshold, observed: decisive };
}

/** Reported vs computed: missing while either side is unknown, warn when they differ by more than the tolerance. */
function checkAgreement(
  reportedPath: string,
  reported: number | undefined,
  computed: number | undefined,
  missingForComputed: string[],
  tolerance: number,
  values: Record<string, unknown>,
  threshold: Readonly<Record<string, number>>,
): Finding {
  if (reported === undefined || computed === undefined) {
    const missing = reported === undefined ? [reportedPath, ...missingForComputed] : missingForComputed;
    return { outcome: missing.length > 0 ? 'missing' : 'warn', values, threshold, paths: missing };
  }
  const difference = roundComputed(Math.abs(reported - computed));
  values.difference = difference;
  return { outcome: difference <= tolerance ? 'pass' : 'warn', values, threshold, observed: difference };
}

export function consistencyLeadingGrowth({ facts, thresholds, used }: RuleContext): Finding {
  const reported = facts.leadingGrowthAvg3y;
  const { rates, average, missing } = leadingGrowthRates(facts);
  return checkAgreement(
    REPORTED_LEADING_GROWTH,
    reported,
    average,
    missing,
    thresholds.leadingGrowthTolerancePp,
    {
      'leadingIndustry.leadingGrowthAvg3y': reported ?? null,
      'leadingIndustry.years[].leadingIndustryGrowth': rates,
      leadingGrowthAvg3yComputed: average ?? null,
    },
    used.leadingGrowthTolerancePp,
  );
}

export function consistencyPatentsPer10k({ facts, thresholds, used }: RuleContext): Finding {
  const { smePatentCount: count, smeEmployees: employees, patentsPer10k: reported } = facts;
  const computed = facts.patentsPer10kComputed;
  // With 0 employees nothing can be computed, yet nothing is blank: the
  // agreement check then warns rather than reporting missing data.
  const missingForComputed: string[] = [];
  if (count === undefined) missingForComputed.push('innovation.smePatentCount');
  if (employees === undefined) missingForComputed.push('innovation.smeEmployees');
  return checkAgreement(
    'innovation.patentsPer10k',
    reported,
    computed,
    missingForComputed,
    thresholds.patentsPer10kTolerance,
    {
      'innovation.patentsPer10k': reported ?? null,
      'innovation.smePatentCount': count ?? null,
      'innovation.smeEmployees': employees ?? null,
      patentsPer10kComputed: computed ?? null,
    },
    used.patentsPer10kTolerance,
  );
}

type Item = { checked?: unknown; evidence?: unknown } | undefined;
type Group = Record<string, Item> | undefined;

/** The 11 checkbox groups of FORM.md §12 (46 items); each printed "（注：勾选需提供佐证材料）". */
const CHECKBOX_GROUPS: ReadonlyArray<readonly [string, (form: ApplicationForm) => Group]> = [
  ['leadingIndustry.sharingWork', (f) => f.leadingIndustry?.sharingWork],
  ['leadingIndustry.qualityBrandWork', (f) => f.leadingIndustry?.qualityBrandWork],
  ['innovation.collaborativeWork', (f) => f.innovation?.collaborativeWork],
  ['digital.serviceWork', (f) => f.digital?.serviceWork],
  ['digital.newModelWork', (f) => f.digital?.newModelWork],
  ['green.resourceWork', (f) => f.green?.resourceWork],
  ['green.lowCarbonCapabilities', (f) => f.green?.lowCarbonCapabilities],
  ['openness.activities', (f) => f.openness?.activities],
  ['governance.platforms', (f) => f.governance?.platforms],
  ['governance.services', (f) => f.governance?.services],
  ['governance.governanceWork', (f) => f.governance?.governanceWork],
];

function isTicked(item: Item): boolean {
  return item?.checked === true;
}

function tickedItems(group: Group): string[] {
  const ticked: string[] = [];
  if (typeof group !== 'object' || group === null) return ticked;
  for (const item in group) if (isTicked(group[item])) ticked.push(item);
  return ticked;
}

function anyStandardCounted(form: ApplicationForm): boolean {
  return (form.innovation?.years ?? []).some((year) =>
    (year?.standards ?? []).some((row) => (num(row?.ledCount) ?? 0) > 0 || (num(row?.participatedCount) ?? 0) > 0),
  );
}

/**
 * The "如涉及 / 需提供" evidence fields that the answer elsewhere makes
 * necessary (FORM.md §12, suggested): [evidence path, needed?, evidence].
 */
const CONDITIONAL_EVIDENCE: ReadonlyArray<
  readonly [string, (form: ApplicationForm) => boolean, (form: ApplicationForm) => unknown]
> = [
  [
    'leadingIndustry.chainMapEvidence',
    (f) => f.leadingIndustry?.chainMap === '是',
    (f) => f.leadingIndustry?.chainMapEvidence,
  ],
  ['innovation.standardsList', anyStandardCounted, (f) => f.innovation?.standardsList],
  ['innovation.patentList', (f) => (num(f.innovation?.smePatentCount) ?? 0) > 0, (f) => f.innovation?.patentList],
  [
    'green.carbonMonitoringEvidence',
    (f) => f.green?.carbonMonitoring === '是',
    (f) => f.green?.carbonMonitoringEvidence,
  ],
  // Printed unconditionally, but "无" work needs no proof.
  [
    'green.carbonWorkEvidence',
    (f) => f.green?.carbonWork !== undefined && !isNone(f.green?.carbonWork),
    (f) => f.green?.carbonWorkEvidence,
  ],
  [
    'openness.overseasBranchesEvidence',
    (f) => (num(f.openness?.overseasBranches) ?? 0) > 0,
    (f) => f.openness?.overseasBranchesEvidence,
  ],
];

export function evidenceCheckboxes(ctx: RuleContext): Finding {
  const offending: string[] = [];
  let ticked = 0;
  for (const [path, groupOf] of CHECKBOX_GROUPS) {
    const group = groupOf(ctx.form);
    if (typeof group !== 'object' || group === null) continue;
    for (const key in group) {
      const item = group[key];
      if (!isTicked(item)) continue;
      ticked += 1;
      if (!hasFiles(item?.evidence)) offending.push(`${path}.${key}.evidence`);
    }
  }
  for (const [path, needed, evidenceOf] of CONDITIONAL_EVIDENCE) {
    // Files present settle it whatever the condition; evaluate the condition only without them.
    if (!hasFiles(evidenceOf(ctx.form)) && needed(ctx.form)) offending.push(path);
  }
  return {
    outcome: offending.length === 0 ? 'pass' : 'warn',
    values: { tickedItems: ticked, offending },
    threshold: {},
    paths: offending,
  };
}

/** Art. 11(7); an absent group means nothing is ticked, which is an answer, not a blank. */
export function opennessActivity(ctx: RuleContext): Finding {
  const ticked = tickedItems(ctx.form.openness?.activities).map((item) => `openness.activities.${item}`);
  return {
    outcome: ticked.length > 0 ? 'pass' : 'warn',
    values: { ticked },
    threshold: {},
    observed: ticked.length,
  };
}
