import {
  ANNUAL_SECTIONS,
  callYearOfReport,
  formSections,
  isNone,
  NARRATIVE_MAX_CHARS,
  REPORT_YEAR_ROW,
  THREE_YEAR_FIGURES,
  parseTargetActuals,
  TARGET_INDICATORS,
  type TargetActuals,
  type AnnualSection,
  type FieldNode,
  type FormNode,
  type GroupNode,
  type RowsNode,
} from '@sme-cluster/rules';
import { formErrorsAt, withFormDefaults } from '../applications/form/formModel';

const NUMERIC = new Set(['decimal2', 'percent2', 'integer']);

export interface AnnualFigure {
  section: AnnualSection;
  label: string;
  unit?: string;
  field: FieldNode;
  /** Where the value lives in the record, e.g. `metrics.leadingIndustry.years.2.totalOutput`. */
  source: string;
}

const isNumericField = (node: FormNode): node is FieldNode => node.node === 'field' && NUMERIC.has(node.value.type);

/** The standards table inside a year: one figure per printed level and count ("国家标准 · 主持数量"). */
function levelFigures(section: AnnualSection, node: RowsNode, path: string): AnnualFigure[] {
  const level = node.children.level;
  const levels = level?.node === 'field' && level.value.type === 'choice' ? level.value.options.map((option) => option.value) : [];
  return levels.flatMap((levelName, index) =>
    Object.entries(node.children)
      .filter((entry): entry is [string, FieldNode] => isNumericField(entry[1]))
      .map(([key, field]) => ({ section, label: `${levelName}标准 · ${field.label}`, unit: field.unit, field, source: `${path}.${index}.${key}` })),
  );
}

function figuresOf(section: AnnualSection, node: FormNode, path: string): AnnualFigure[] {
  switch (node.node) {
    case 'field': {
      const key = path.replace(/^metrics\./, '');
      return isNumericField(node) && !THREE_YEAR_FIGURES.has(key) ? [{ section, label: node.label, unit: node.unit, field: node, source: path }] : [];
    }
    case 'group':
      return Object.entries(node.children).flatMap(([key, child]) => figuresOf(section, child, `${path}.${key}`));
    case 'rows': {
      // Only the three-year tables reach here at the top; their last row is the report year.
      const row = `${path}.${REPORT_YEAR_ROW}`;
      return Object.entries(node.children).flatMap(([key, child]) =>
        child.node === 'rows' ? levelFigures(section, child, `${row}.${key}`) : figuresOf(section, child, `${row}.${key}`),
      );
    }
    case 'targets':
      return [];
  }
}

/** Every figure of an annual report, in form order, generated from the shared descriptor. */
export const annualFigures: readonly AnnualFigure[] = ANNUAL_SECTIONS.flatMap((section) => figuresOf(section, formSections[section], `metrics.${section}`));

export const sectionLabel = (section: AnnualSection) => (formSections[section] as GroupNode).label;

/** The value at a dotted path (`metrics.innovation.years.2.standards.0.ledCount`). */
export function valueAt(record: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), record);
}

/** A stored figure as read on screen: "无" where the form says so, numbers to 2 decimals at most, blanks as "—". */
export function formatFigure(value: unknown): string {
  if (isNone(value)) return '无';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/**
 * The four sections as the form's inputs expect them: three year rows (the report year last),
 * the standards' printed levels; the figures stored so far laid over them.
 */
export function metricsWithDefaults(metrics: unknown, reportYear: number): Record<string, unknown> {
  const form = withFormDefaults(metrics, callYearOfReport(reportYear));
  return Object.fromEntries(ANNUAL_SECTIONS.map((section) => [section, form[section]]));
}

/** Live validation with the form's schema, plus the narrative's limit, under the inputs' own paths. */
export function validateAnnualReport(
  values: { metrics?: unknown; targetActuals?: unknown; narrative?: unknown },
  locale: string,
  tooLong: string,
): Record<string, unknown> {
  const errors = formErrorsAt(values.metrics, 'metrics', locale);
  const actuals = parseTargetActuals(actualsToSend(values.targetActuals), '');
  if (!actuals.success) {
    const byIndicator: Record<string, string> = {};
    for (const { path, message } of actuals.errors) byIndicator[path.replace(/^\./, '')] = locale.startsWith('zh') ? message.zh : message.en;
    errors.targetActuals = byIndicator;
  }
  // The server counts the narrative as stored (line breaks included): refuse what it would refuse.
  if (typeof values.narrative === 'string' && values.narrative.length > NARRATIVE_MAX_CHARS) errors.narrative = tooLong;
  return errors;
}

/** The actuals as the server takes them: every indicator, a cleared input (empty or not a number) sent as blank. */
export function actualsToSend(values: unknown): TargetActuals {
  const given = (values && typeof values === 'object' ? values : {}) as Record<string, unknown>;
  return Object.fromEntries(TARGET_INDICATORS.map((id) => [id, typeof given[id] === 'number' && !Number.isNaN(given[id]) ? given[id] : null]));
}
