import type { RuleId, RuleResult } from './engine';
import { Y3 } from './engine/read';
import type { ApplicationForm } from './form';

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
  version: number;
  updatedAt: string;
  /** The detail view's fields (a list row has none of them). */
  metrics?: AnnualMetrics;
  narrative?: string | null;
  report?: AnnualEvaluation | null;
}
