import type { Bilingual, RuleId, RuleKind } from './catalog';
import type { Facts } from './facts';
import type { FormScan } from './form-scan';
import type { Thresholds, ThresholdsUsed } from './thresholds';
import type { ApplicationForm } from '../form';

export type Outcome = 'pass' | 'fail' | 'warn' | 'missing';
export type Verdict = 'eligible' | 'needs_review' | 'incomplete' | 'ineligible';

/** A threshold as reported: a configured number, or the accepted answers of a yes/no rule. */
export type ThresholdValue = number | readonly string[];

/** What one rule check returns; evaluate adds the catalog data and the message. */
export interface Finding {
  outcome: Outcome;
  /** The inputs read (by form key path) and the values computed from them; null = blank or "无". */
  values: Record<string, unknown>;
  threshold: Record<string, ThresholdValue>;
  /** The decisive figure(s), quoted in the message. */
  observed?: number | readonly (number | null)[];
  /** Missing inputs (outcome missing) or offending fields (fail/warn), quoted in the message. */
  paths?: readonly string[];
}

/** One evaluation's inputs; `fields`, `facts`, `scan` and `used` are read and built once for all the rules. */
export interface RuleContext {
  readonly form: ApplicationForm;
  /** Every field's value in FORM_FIELDS order (see form-reader.ts). */
  readonly fields: readonly unknown[];
  readonly thresholds: Thresholds;
  readonly callYear: number;
  readonly facts: Facts;
  readonly scan: FormScan;
  readonly used: ThresholdsUsed;
}

export type RuleCheck = (ctx: RuleContext) => Finding;

export interface RuleResult {
  id: RuleId;
  article: string;
  kind: RuleKind;
  outcome: Outcome;
  values: Record<string, unknown>;
  threshold: Record<string, ThresholdValue>;
  message: Bilingual;
}

export interface EligibilityReport {
  engineVersion: string;
  callYear: number;
  evaluatedAt: string;
  verdict: Verdict;
  thresholds: Thresholds;
  rules: RuleResult[];
}
