// The eligibility rules engine (docs/domain.md §5): pure functions of the form data and the thresholds.
export { evaluate, ENGINE_VERSION } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { CATALOG, RULE_IDS, describeRule, rulesUsingThreshold, thresholdLabel } from './catalog';
export type { CatalogEntry, RuleId, RuleKind } from './catalog';
export { verdictOf } from './verdict';
export { catalogMarkdown, catalogTable, thresholdsMarkdown } from './format';
export { DEFAULT_THRESHOLDS, InvalidThresholdsError, THRESHOLD_KEYS, parseThresholds, thresholdMeaning, thresholdUnit, thresholdsSchema } from './thresholds';
export type { ThresholdIssue, ThresholdKey, Thresholds } from './thresholds';
export type { EligibilityReport, Outcome, RuleResult, ThresholdValue, Verdict } from './types';
