// docs/domain.md §5.3: a warn sends the application to human review.
import type { Facts } from '../facts';
import { geometricMeanDifferenceSign, geometricMeanSign, ratioDifferenceSign, shownFigure, type Sign } from '../numbers';
import { hasFiles, isNone, num } from '../read';
import { finding } from '../finding';
import { FORM_FIELDS } from '../form-fields';
import type { Finding, RuleContext } from '../types';
import { NONE_TEXT } from '../../form/values';
import { averageOfYearlyRates, patentsPer10kSign } from './hard';
import { checkValue, valueAt, yearPaths } from './shared';

export function areaMax({ facts, thresholds, used }: RuleContext): Finding {
  const max = thresholds.areaMaxKm2;
  return checkValue('basic.areaKm2', facts.areaKm2, (value) => value <= max, 'warn', used.areaMaxKm2);
}

const LEADING_GROWTH_PATHS = yearPaths('leadingIndustry.years', 'leadingIndustryGrowth');

/**
 * The leading industry's yearly rates, their geometric mean compared exactly
 * with the threshold (`sign`) and the mean as the report quotes it (`shown`),
 * the same in both rules that list it.
 */
function leadingGrowthComputed(facts: Facts, min: number) {
  const { rates, known, average, missing, vanished } = averageOfYearlyRates(facts.leadingIndustryGrowth, LEADING_GROWTH_PATHS);
  const sign = known && average !== undefined ? geometricMeanSign(known, min) : undefined;
  const shown = sign === undefined ? undefined : shownFigure(average as number, min, sign);
  return { rates, known, average, missing, vanished, sign, shown };
}

// Also spelt as a literal key in `values` below (a computed key is slow to build, see valueAt).
const REPORTED_LEADING_GROWTH = 'leadingIndustry.leadingGrowthAvg3y';

/**
 * docs/domain.md §5.3: the average computed from the three yearly rates decides once
 * all three are given (a declarant cannot round the reported average up past
 * the line); the reported average stands in only while a rate is blank.
 */
export function leadingGrowth({ facts, thresholds, used }: RuleContext): Finding {
  const reported = facts.leadingGrowthAvg3y;
  const min = thresholds.leadingGrowthMin;
  const { rates, known, missing, vanished, sign, shown } = leadingGrowthComputed(facts, min);
  const values = {
    'leadingIndustry.leadingGrowthAvg3y': reported ?? null,
    'leadingIndustry.years[].leadingIndustryGrowth': rates,
    leadingGrowthAvg3yComputed: shown ?? null,
    decidedBy: known ? 'computed' : reported !== undefined ? 'reported' : null,
  };
  const threshold = used.leadingGrowthMin;
  // A year in which the leading industry lost all its output cannot average 5 %.
  if (vanished) return finding('warn', values, threshold, rates);
  if (sign !== undefined) return finding(sign >= 0 ? 'pass' : 'warn', values, threshold, shown);
  if (reported !== undefined) return finding(reported >= min ? 'pass' : 'warn', values, threshold, reported);
  return finding('missing', values, threshold, undefined, [REPORTED_LEADING_GROWTH, ...missing]);
}

/**
 * Reported vs computed: missing while either side is unknown, warn when they
 * differ by more than the tolerance. `differenceSign` compares the difference
 * with the tolerance exactly; the difference is rounded for the report only.
 */
function checkAgreement(
  reportedPath: string,
  reported: number | undefined,
  computed: number | undefined,
  missingForComputed: string[],
  tolerance: number,
  differenceSign: (reported: number) => Sign,
  values: Record<string, unknown>,
  threshold: Readonly<Record<string, number>>,
): Finding {
  if (reported === undefined || computed === undefined) {
    const missing = reported === undefined ? [reportedPath, ...missingForComputed] : missingForComputed;
    return finding(missing.length > 0 ? 'missing' : 'warn', values, threshold, undefined, missing);
  }
  const sign = differenceSign(reported);
  const difference = shownFigure(Math.abs(reported - computed), tolerance, sign);
  values.difference = difference;
  return finding(sign <= 0 ? 'pass' : 'warn', values, threshold, difference);
}

export function consistencyLeadingGrowth({ facts, thresholds, used }: RuleContext): Finding {
  const reported = facts.leadingGrowthAvg3y;
  const tolerance = thresholds.leadingGrowthTolerancePp;
  const { rates, known, average, missing, shown } = leadingGrowthComputed(facts, thresholds.leadingGrowthMin);
  return checkAgreement(
    REPORTED_LEADING_GROWTH,
    reported,
    average,
    missing,
    tolerance,
    (value) => geometricMeanDifferenceSign(known as readonly number[], value, tolerance),
    {
      'leadingIndustry.leadingGrowthAvg3y': reported ?? null,
      'leadingIndustry.years[].leadingIndustryGrowth': rates,
      leadingGrowthAvg3yComputed: shown ?? null,
    },
    used.leadingGrowthTolerancePp,
  );
}

export function consistencyPatentsPer10k({ facts, thresholds, used }: RuleContext): Finding {
  const { smePatentCount: count, smeEmployees: employees, patentsPer10k: reported } = facts;
  const computed = facts.patentsPer10kComputed;
  const tolerance = thresholds.patentsPer10kTolerance;
  // Quoted as patents.per_10k quotes it.
  const min = thresholds.patentsPer10kMin;
  const computedSign = patentsPer10kSign(facts, min);
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
    tolerance,
    (value) => ratioDifferenceSign(value, count as number, employees as number, 10_000, tolerance),
    {
      'innovation.patentsPer10k': reported ?? null,
      'innovation.smePatentCount': count ?? null,
      'innovation.smeEmployees': employees ?? null,
      patentsPer10kComputed: computed === undefined || computedSign === undefined ? null : shownFigure(computed, min, computedSign),
    },
    used.patentsPer10kTolerance,
  );
}

type Item = { checked?: unknown; evidence?: unknown } | undefined;

// Read from ctx.fields (FORM_FIELDS' values) by position, found once at load.
const at = FORM_FIELDS.indexOf;

/**
 * The □ items of docs/form.md §12 (11 groups, 46 items), each printed "（注：勾选需提供佐证材料）":
 * the descriptor's checkbox fields (the schema keeps no other keys in a group).
 */
const CHECKBOX_ITEMS = FORM_FIELDS.fields.flatMap((field, index) =>
  field.node.value.type === 'checkbox' ? [{ index, evidencePath: `${field.path}.evidence` }] : [],
);

/** The □ items of the groups under these paths, with their positions. */
function checkboxItemsOf(...groups: string[]): { index: number; path: string }[] {
  return FORM_FIELDS.fields.flatMap((field, index) =>
    field.node.value.type === 'checkbox' && groups.some((group) => field.path.startsWith(`${group}.`)) ? [{ index, path: field.path }] : [],
  );
}

const OPENNESS_ACTIVITIES = checkboxItemsOf('openness.activities');
const SHARING_WORK = checkboxItemsOf('leadingIndustry.sharingWork');
const GOVERNANCE_ITEMS = checkboxItemsOf('governance.platforms', 'governance.services', 'governance.governanceWork');

function isTicked(item: unknown): boolean {
  return typeof item === 'object' && item !== null && (item as Item)?.checked === true;
}

/** Led or took part in any standard, in any year and level. */
const STANDARD_COUNTS = FORM_FIELDS.fields.flatMap((field, index) =>
  /^innovation\.years\.\d+\.standards\.\d+\.(ledCount|participatedCount)$/.test(field.path) ? [index] : [],
);

function anyStandardCounted(fields: readonly unknown[]): boolean {
  return STANDARD_COUNTS.some((index) => (num(fields[index]) ?? 0) > 0);
}

const CHAIN_MAP = at('leadingIndustry.chainMap');
const SME_PATENT_COUNT = at('innovation.smePatentCount');
const CARBON_MONITORING = at('green.carbonMonitoring');
const CARBON_WORK = at('green.carbonWork');
const OVERSEAS_BRANCHES = at('openness.overseasBranches');

/**
 * The "如涉及 / 需提供" evidence fields that the answer elsewhere makes
 * necessary (docs/form.md §12, suggested): [evidence path, its position, needed?].
 */
const CONDITIONAL_EVIDENCE: ReadonlyArray<readonly [string, number, (fields: readonly unknown[]) => boolean]> = [
  ['leadingIndustry.chainMapEvidence', at('leadingIndustry.chainMapEvidence'), (f) => f[CHAIN_MAP] === '是'],
  ['innovation.standardsList', at('innovation.standardsList'), anyStandardCounted],
  ['innovation.patentList', at('innovation.patentList'), (f) => (num(f[SME_PATENT_COUNT]) ?? 0) > 0],
  ['green.carbonMonitoringEvidence', at('green.carbonMonitoringEvidence'), (f) => f[CARBON_MONITORING] === '是'],
  // Printed unconditionally, but "无" work needs no proof.
  ['green.carbonWorkEvidence', at('green.carbonWorkEvidence'), (f) => f[CARBON_WORK] !== undefined && !isNone(f[CARBON_WORK])],
  ['openness.overseasBranchesEvidence', at('openness.overseasBranchesEvidence'), (f) => (num(f[OVERSEAS_BRANCHES]) ?? 0) > 0],
];

export function evidenceCheckboxes({ fields }: RuleContext): Finding {
  const offending: string[] = [];
  let ticked = 0;
  for (const { index, evidencePath } of CHECKBOX_ITEMS) {
    const item = fields[index];
    if (!isTicked(item)) continue;
    ticked += 1;
    if (!hasFiles((item as Item)?.evidence)) offending.push(evidencePath);
  }
  for (const [path, index, needed] of CONDITIONAL_EVIDENCE) {
    // Files present settle it whatever the condition; evaluate the condition only without them.
    if (!hasFiles(fields[index]) && needed(fields)) offending.push(path);
  }
  return finding(offending.length === 0 ? 'pass' : 'warn', { tickedItems: ticked, offending }, {}, undefined, offending);
}

/** Art. 11(7); an absent group means nothing is ticked, which is an answer, not a blank. */
export function opennessActivity({ fields }: RuleContext): Finding {
  const ticked = OPENNESS_ACTIVITIES.filter(({ index }) => isTicked(fields[index])).map(({ path }) => path);
  return finding(ticked.length > 0 ? 'pass' : 'warn', { ticked }, {}, ticked.length);
}

/** The ticked items among `items`: those with evidence (by path) and the evidence paths of those without. */
function tickedItems(fields: readonly unknown[], items: readonly { index: number; path: string }[]) {
  const evidenced: string[] = [];
  const unproven: string[] = [];
  for (const { index, path } of items) {
    const item = fields[index];
    if (!isTicked(item)) continue;
    if (hasFiles((item as Item)?.evidence)) evidenced.push(path);
    else unproven.push(`${path}.evidence`);
  }
  return { evidenced, unproven };
}

/**
 * Art. 11(3): the supply-chain collaboration the article asks for is what the
 * form's 制造资源共享 items declare; one ticked item with its evidence shows it.
 * An absent group means nothing is ticked (an answer, not a blank).
 */
export function chainCollaboration({ fields }: RuleContext): Finding {
  const { evidenced, unproven } = tickedItems(fields, SHARING_WORK);
  const values = { evidenced, unproven };
  if (evidenced.length > 0) return finding('pass', values, {});
  return finding('warn', values, {}, 0, unproven);
}

const OPERATOR_NAME = 'basic.operator.name';
const OPERATOR_NAME_AT = at(OPERATOR_NAME);

/**
 * Art. 11(8): an operating organization (运营管理机构) named in section 一 and
 * one ticked public-service platform, service or governance item with its
 * evidence. No such item, or 无 for the organization, warns; a blank name alone
 * is missing (no item ticked is a known shortfall and decides first).
 */
export function governanceService({ fields }: RuleContext): Finding {
  const name = fields[OPERATOR_NAME_AT];
  const text = typeof name === 'string' ? name.trim() : '';
  const none = isNone(name) || text === NONE_TEXT;
  const named = text !== '' && !none;
  const { evidenced, unproven } = tickedItems(fields, GOVERNANCE_ITEMS);
  const values = valueAt(OPERATOR_NAME, named ? text : null);
  values.evidenced = evidenced;
  values.unproven = unproven;
  if (evidenced.length === 0) return finding('warn', values, {}, 0, named ? unproven : [OPERATOR_NAME, ...unproven]);
  if (none) return finding('warn', values, {}, undefined, [OPERATOR_NAME]);
  if (!named) return finding('missing', values, {}, undefined, [OPERATOR_NAME]);
  return finding('pass', values, {});
}
