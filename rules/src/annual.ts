import type { RuleId, RuleResult } from './engine';
import { Y3 } from './engine/read';
import type { ApplicationForm } from './form';
import type { Label } from './domain';
import { ruleTitle } from './report-display';
import { fillBlanks, yearRow, type YearSource } from './year-rows';
import type { TargetActuals } from './targets';

/*
 * The annual report (Art. 19, docs/domain.md §2): the figures of the form's sections 二–五 for one year.
 * The server stores and evaluates them, the Excel template asks for them and the console edits
 * them; all three take the set from here so they ask for the same figures.
 */

export const ANNUAL_SECTIONS = ['leadingIndustry', 'innovation', 'digital', 'green'] as const;
export type AnnualSection = (typeof ANNUAL_SECTIONS)[number];
export type AnnualMetrics = Pick<ApplicationForm, AnnualSection>;

/** Three-year averages have no one-year value, so a yearly report does not ask for them. */
export const THREE_YEAR_FIGURES: ReadonlySet<string> = new Set([
  'leadingIndustry.leadingGrowthAvg3y',
  'innovation.patentGrowthAvg',
  'green.energyIntensityReduction',
]);

/** A report for year Y is read as a form called in Y + 1, whose last year row (y3) is Y. */
export const callYearOfReport = (reportYear: number) => reportYear + 1;
export const REPORT_YEAR_ROW = Y3;

/** Free text a report carries beside its figures. */
export const NARRATIVE_MAX_CHARS = 3000;

/**
 * The hard criteria of Art. 11 that the annual figures feed; the negative list and the energy and
 * water answers live in section 一 and are not part of a yearly report.
 */
export const ANNUAL_HARD_RULES: readonly RuleId[] = [
  'output.min',
  'output.sme_share',
  'output.leading_share',
  'quality_smes.min',
  'rd.growth',
  'patents.growth',
  'patents.per_10k',
  'digital.iip',
];

/** The hard criteria re-evaluated on a report's figures, stored on the report when the city submits it. */
export interface AnnualEvaluation {
  evaluatedAt: string;
  engineVersion: string;
  /** The version of the settings (thresholds) the evaluation used. */
  settingsVersion: number;
  year: number;
  rules: RuleResult[];
  failed: string[];
  /** Hard criteria the figures could not decide, even completed from earlier years (absent from older reports). */
  missing?: string[];
}

/** What a report failing hard criteria puts on record for the revocation sweep, in the words an official reads. */
export function failedCriteriaNote(report: AnnualEvaluation): string {
  const failed = report.rules.filter((rule) => report.failed.includes(rule.id));
  return `${report.year}年度发展情况未达到：${failed.map((rule) => `${rule.article}${ruleTitle(rule)}`).join('；')}。`;
}

/** An annual report as the console API serves it: the server builds it, the staff console shows and edits it. */
export interface AnnualReportRecord {
  id: string;
  clusterId: string | null;
  clusterName: string | null;
  prefectureCode: string | null;
  countyCode: string | null;
  year: number;
  status: 'draft' | 'submitted';
  submittedAt: string | null;
  /** After submission: whether the figures still meet the hard criteria of Art. 11. */
  meetsCriteria: boolean | null;
  failedRules: string[];
  /** Hard criteria the figures could not decide: the report then does not show that the cluster still meets them. */
  missingRules: string[];
  version: number;
  updatedAt: string;
  /** The detail view's fields (a list row has none of them). */
  metrics?: AnnualMetrics;
  narrative?: string | null;
  /** The year's actual values of the plan's target indicators (blank ones null). */
  targetActuals?: TargetActuals | null;
  report?: AnnualEvaluation | null;
}

/**
 * A report's year must lie within the cluster's recognition (Art. 19): from the year it was recognized
 * (a cluster recognized in December owes that year's report) to the year its validity ends, and never
 * a year still to come. The problem in both languages, or null.
 */
export function reportYearProblem(reportYear: number, cluster: { recognizedAt?: string | null; validUntil?: string | null }, today: string): Label | null {
  const first = cluster.recognizedAt ? Number(cluster.recognizedAt.slice(0, 4)) : null;
  const last = Math.min(cluster.validUntil ? Number(cluster.validUntil.slice(0, 4)) : Infinity, Number(today.slice(0, 4)));
  if (first === null) return { zh: '集群尚未认定，无需报送年度发展情况', en: 'The cluster is not recognized; it reports nothing yet' };
  if (reportYear < first)
    return { zh: `集群于${first}年认定，不能报送${reportYear}年度发展情况`, en: `Recognized in ${first}, the cluster does not report on ${reportYear}` };
  if (reportYear > last) return { zh: `${reportYear}年度不在集群认定有效期内或尚未到来`, en: `${reportYear} is outside the recognition or still to come` };
  return null;
}

/** Figures of earlier years: an earlier annual report (its year), or the recognized application's form (the year before its call). */
export interface EarlierFigures extends YearSource {
  metrics: AnnualMetrics;
}

/**
 * A report's figures with its two earlier years completed from earlier reports and the application
 * (latest first), so that the rules over three years (R&D growth, patent growth, shares) read three
 * years instead of coming out missing only because a yearly report holds one. The report's own year is
 * never filled: that is the county's to report.
 */
export function completeYears(metrics: AnnualMetrics, reportYear: number, earlier: readonly EarlierFigures[]): AnnualMetrics {
  const sources = [...earlier].filter((entry) => entry.reportYear < reportYear).sort((a, b) => b.reportYear - a.reportYear);
  const out: Record<string, unknown> = { ...metrics };
  for (const section of ANNUAL_SECTIONS) {
    const own = (metrics[section] ?? {}) as Record<string, unknown>;
    const years = [0, 1, 2].map((index) => ((own.years as unknown[] | undefined)?.[index] ?? {}) as Record<string, unknown>);
    for (const index of [0, 1]) years[index] = fillBlanks(years[index], yearRow(section, reportYear - 2 + index, sources));
    if (years.some((row) => Object.keys(row).length)) out[section] = { ...own, years };
  }
  return out as AnnualMetrics;
}

/**
 * The figures a new report of `reportYear` starts from: the cluster's latest earlier report, its year
 * rows moved to their new positions and its own year's figures offered for the report year, which
 * the county checks and updates; the three-year averages are not carried (they are not asked yearly).
 */
export function nextReportFigures(last: EarlierFigures, reportYear: number): AnnualMetrics {
  if (last.reportYear >= reportYear) return {};
  const out: Record<string, unknown> = {};
  for (const section of ANNUAL_SECTIONS) {
    const own = last.metrics[section] as Record<string, unknown> | undefined;
    if (!own) continue;
    const carried = Object.fromEntries(Object.entries(own).filter(([key]) => key !== 'years' && !THREE_YEAR_FIGURES.has(`${section}.${key}`)));
    const lastRow = yearRow(section, last.reportYear, [last]);
    const years = [0, 1].map((index) => yearRow(section, reportYear - 2 + index, [last]));
    out[section] = { ...structuredClone(carried), years: [...years, Object.keys(lastRow).length ? lastRow : {}] };
  }
  return out as AnnualMetrics;
}
