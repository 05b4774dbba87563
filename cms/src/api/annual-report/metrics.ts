import {
  ANNUAL_HARD_RULES,
  ANNUAL_SECTIONS,
  callYearOfReport,
  evaluate,
  formFromStrapi,
  formPopulate,
  formToStrapi,
  validateForm,
  withDerivedYears,
  type AnnualEvaluation,
  type AnnualMetrics,
  type FieldError,
} from '@sme-cluster/rules';
import { invalid } from '../../lib/errors';
import { ruleSettings } from '../../workflow/config';

export const metricsPopulate = Object.fromEntries(ANNUAL_SECTIONS.map((section) => [section, formPopulate[section]]));

export function metricsFromEntity(entity: Record<string, unknown>): AnnualMetrics {
  const form = formFromStrapi(entity);
  return Object.fromEntries(ANNUAL_SECTIONS.filter((s) => form[s] !== undefined).map((s) => [s, form[s]])) as AnnualMetrics;
}

/** Validates figures from a body or a sheet with the form's own schema; 400 with paths under `prefix`. */
export function parseMetrics(input: unknown, prefix = 'metrics'): AnnualMetrics {
  const unknownSection = input && typeof input === 'object' ? Object.keys(input).filter((key) => !(ANNUAL_SECTIONS as readonly string[]).includes(key)) : [];
  const errors: FieldError[] = unknownSection.map((key) => ({
    path: `${prefix}.${key}`,
    message: { zh: '年度报告只填写第二至第五部分', en: 'An annual report holds sections 二–五 only' },
  }));
  const result = validateForm(input ?? {});
  if (!result.success) errors.push(...result.errors.map((error) => ({ ...error, path: `${prefix}.${error.path}` })));
  if (errors.length) invalid(errors);
  return result.success ? (result.data as AnnualMetrics) : {};
}

/** Document data for the given sections, with each year row carrying its year. */
export function metricsData(metrics: AnnualMetrics, reportYear: number): Record<string, unknown> {
  return formToStrapi(withDerivedYears(metrics, callYearOfReport(reportYear)));
}

/** Re-evaluates the hard criteria on a year's figures; a failure is the ground no_longer_meets_criteria. */
export async function evaluateAnnual(metrics: AnnualMetrics, reportYear: number, now = new Date()): Promise<AnnualEvaluation> {
  const { thresholds, settingsVersion } = await ruleSettings();
  const report = evaluate(metrics, { callYear: callYearOfReport(reportYear), thresholds, now });
  const rules = report.rules.filter((rule) => ANNUAL_HARD_RULES.includes(rule.id));
  return {
    evaluatedAt: report.evaluatedAt,
    engineVersion: report.engineVersion,
    settingsVersion,
    year: reportYear,
    rules,
    failed: rules.filter((r) => r.outcome === 'fail').map((r) => r.id),
  };
}
