// Spreadsheet columns generated from the form descriptor: every figure of the form, with the path
// where it lives in the form data, so export, template and import never list fields by hand.
import { formSections, isNone, type ApplicationForm, type FieldNode, type FormNode, type SectionKey } from '@sme-cluster/rules';
import { labelWithUnit } from './values';

/** A step into the form data: a key, a row index, or the target row with this id. */
export type Step = string | number | { id: string };

export interface FormColumn {
  /** docs/form.md key (`[]` for every year). */
  key: string;
  section: SectionKey;
  field: FieldNode;
  /** Chinese header without the year. */
  header: string;
  /** Whether the figure is given for each of the three years (a `years[]` row). */
  perYear: boolean;
  /** Where the value lives; `year` is the row index 0..2 of a per-year figure. */
  path(year: number): Step[];
  /** The printed label the row holding this value carries (三's standards level), written along with it. */
  fixed?: { key: string; value: string };
}

const YEAR_ROWS = 3;

function walk(node: FormNode, section: SectionKey, key: string, base: (year: number) => Step[], perYear: boolean): FormColumn[] {
  switch (node.node) {
    case 'field':
      return node.value.type === 'year' ? [] : [{ key, section, field: node, header: labelWithUnit(node), perYear, path: base }];
    case 'group':
      return Object.entries(node.children).flatMap(([k, child]) => walk(child, section, `${key}.${k}`, (y) => [...base(y), k], perYear));
    case 'rows': {
      if (node.count === YEAR_ROWS) {
        return Object.entries(node.children).flatMap(([k, child]) => walk(child, section, `${key}[].${k}`, (y) => [...base(y), y, k], true));
      }
      // A fixed-row table inside a year (三's standards by level): one column per printed row and figure.
      const [[levelKey, levelField], ...figures] = Object.entries(node.children) as [string, FieldNode][];
      const levels = levelField.value.type === 'choice' ? levelField.value.options : [];
      return levels.flatMap((level, index) =>
        figures.map(([k, field]): FormColumn => ({
          key: `${key}[${level.value}].${k}`,
          section,
          field,
          header: `${level.value}标准${labelWithUnit(field)}`,
          perYear,
          path: (y) => [...base(y), index, k],
          fixed: { key: levelKey, value: level.value },
        })),
      );
    }
    case 'targets':
      return Object.entries(node.rows).flatMap(([id, row]) =>
        (['baseline', 'target'] as const).map((col): FormColumn => ({
          key: `${key}[${id}].${col}`,
          section,
          field: row[col],
          header: `${row.direction} · ${labelWithUnit({ label: row.indicator, unit: row[col].unit })} · ${col === 'baseline' ? '基准值' : '目标值'}`,
          perYear: false,
          path: () => [...base(0), { id }, col],
        })),
      );
  }
}

/** Every field of the form as a column, in form order. */
export const formColumns: readonly FormColumn[] = (Object.keys(formSections) as SectionKey[]).flatMap((section) =>
  walk(formSections[section], section, section, () => [section], false),
);

const NUMERIC = new Set(['decimal2', 'percent2', 'integer']);
export const isNumeric = (column: FormColumn) => NUMERIC.has(column.field.value.type);

/** The value at a path; undefined where any step is missing. */
export function valueAt(form: ApplicationForm, path: Step[]): unknown {
  let current: unknown = form;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current =
      typeof step === 'object' ? (current as Array<{ id?: string }>).find?.((row) => row?.id === step.id) : (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** How a value reads in a spreadsheet cell: numbers stay numbers, "无" and ticks become words. */
export function cellValue(column: FormColumn, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (isNone(value)) return '无';
  switch (column.field.value.type) {
    case 'checkbox':
      return (value as { checked?: boolean }).checked ? '是' : '否';
    case 'countNames':
      return (value as { count?: number }).count ?? null;
    case 'files':
      return Array.isArray(value) ? value.length : null;
    default:
      return typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value);
  }
}
