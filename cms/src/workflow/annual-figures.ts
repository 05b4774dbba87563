import {
  ANNUAL_HARD_RULES,
  ANNUAL_SECTIONS,
  callYearOfReport,
  completeYears,
  evaluate,
  filledShare,
  renewalForm,
  type RenewalData,
  formFromStrapi,
  formPopulate,
  formToStrapi,
  validateForm,
  withDerivedYears,
  parseTargetActuals,
  TARGET_INDICATORS,
  type TargetActuals,
  type AnnualEvaluation,
  type ApplicationForm,
  type CoverRegion,
  type AnnualMetrics,
  type EarlierFigures,
  type FieldError,
} from '@sme-cluster/rules';
import { invalid } from '../lib/errors';
import { ruleSettings } from './config';

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

/** A report's actual values of the target indicators from a body or a sheet; 400 with paths under `prefix`. */
export function parseActuals(input: unknown, prefix = 'targetActuals'): TargetActuals {
  const result = parseTargetActuals(input, prefix);
  if (!result.success) invalid(result.errors);
  return result.success ? result.data : {};
}

/** The stored component: every indicator, a blank one null, so a save replaces what was there. */
export function actualsData(actuals: TargetActuals): Record<string, number | null> {
  return Object.fromEntries(TARGET_INDICATORS.map((id) => [id, actuals[id] ?? null]));
}

/** The stored actuals as numbers (a database may hand decimals back as text), or null when none were given. */
export function actualsFromEntity(entity: Record<string, unknown>): TargetActuals | null {
  const stored = entity.targetActuals as Record<string, unknown> | null | undefined;
  if (!stored) return null;
  return Object.fromEntries(TARGET_INDICATORS.map((id) => [id, stored[id] === null || stored[id] === undefined ? null : Number(stored[id])]));
}

/** Document data for the given sections, with each year row carrying its year. */
export function metricsData(metrics: AnnualMetrics, reportYear: number): Record<string, unknown> {
  return formToStrapi(withDerivedYears(metrics, callYearOfReport(reportYear)));
}

/** A cluster's annual reports of years before `beforeYear`, as figures. */
async function reportFigures(clusterId: string, beforeYear: number): Promise<EarlierFigures[]> {
  const reports = (await strapi.documents('api::annual-report.annual-report').findMany({
    filters: { cluster: { documentId: clusterId }, year: { $lt: beforeYear } } as never,
    populate: metricsPopulate as never,
  })) as Array<Record<string, unknown>>;
  return reports.map((entity) => ({ reportYear: Number(entity.year), metrics: metricsFromEntity(entity) }));
}

/** The application that recognized the cluster, with its call's year and what `populate` asks of its form. */
async function recognizedApplication(clusterId: string, populate: object): Promise<{ callYear: number; entity: Record<string, unknown> } | null> {
  const entity = (await strapi.documents('api::application.application').findFirst({
    filters: { cluster: { documentId: clusterId }, status: 'recognized' } as never,
    populate: { callNotice: { fields: ['year'] }, ...populate } as never,
  })) as Record<string, unknown> | null;
  return entity ? { callYear: Number((entity.callNotice as { year: number }).year), entity } : null;
}

/** A cluster's figures of years before `reportYear`: its other annual reports and the form of the application that recognized it. */
async function earlierFigures(clusterId: string, reportYear: number): Promise<EarlierFigures[]> {
  const application = await recognizedApplication(clusterId, metricsPopulate);
  return [
    ...(await reportFigures(clusterId, reportYear)),
    // A form called in year C holds the three years before C, as a report of year C − 1 does.
    ...(application ? [{ reportYear: application.callYear - 1, metrics: metricsFromEntity(application.entity) }] : []),
  ];
}

/**
 * The re-review data of a cluster (Art. 17) requested in `callYear`: its recognized form with the years
 * since rebuilt from its annual reports, the share of the county's fields that came pre-filled, and the
 * rules engine's report on it with the settings in force.
 */
export async function renewalDataOf(clusterId: string, callYear: number, now: Date, region: CoverRegion): Promise<RenewalData> {
  const application = await recognizedApplication(clusterId, formPopulate);
  const recognized = application ? { form: formFromStrapi(application.entity), callYear: application.callYear } : { form: {}, callYear };
  const form = renewalForm(recognized, await reportFigures(clusterId, callYear), callYear, region);
  return { form, prefilled: filledShare(form), report: await renewalReport(form, callYear, now) };
}

/** The rules engine on re-review data, with the version of the settings it used: asked again whenever the county corrects the data. */
export async function renewalReport(form: ApplicationForm, callYear: number, now: Date): Promise<RenewalData['report']> {
  const { thresholds, settingsVersion } = await ruleSettings();
  return { ...evaluate(form, { callYear, thresholds, now }), settingsVersion };
}

/**
 * Re-evaluates the hard criteria on a year's figures, its two earlier years completed from the
 * cluster's earlier reports and application; a failure is the ground no_longer_meets_criteria.
 */
export async function evaluateAnnual(metrics: AnnualMetrics, reportYear: number, options: { clusterId?: string; now?: Date } = {}): Promise<AnnualEvaluation> {
  const { thresholds, settingsVersion } = await ruleSettings();
  const figures = options.clusterId ? completeYears(metrics, reportYear, await earlierFigures(options.clusterId, reportYear)) : metrics;
  const report = evaluate(figures, { callYear: callYearOfReport(reportYear), thresholds, now: options.now ?? new Date() });
  const rules = report.rules.filter((rule) => ANNUAL_HARD_RULES.includes(rule.id));
  return {
    evaluatedAt: report.evaluatedAt,
    engineVersion: report.engineVersion,
    settingsVersion,
    year: reportYear,
    rules,
    failed: rules.filter((r) => r.outcome === 'fail').map((r) => r.id),
    missing: rules.filter((r) => r.outcome === 'missing').map((r) => r.id),
  };
}
