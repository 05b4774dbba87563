// The flat field table (one row per docs/form.md key, in form order), derived from the descriptor tree,
// plus readers for the dotted keys the table and the conditions use.
import { formSections } from './descriptor';
import type { SectionKey } from './descriptor';
import type { FormNode, Requirement, RequiredWhen, ValueType } from './nodes';
import type { ApplicationForm } from './schema';

export interface FormField {
  /** docs/form.md key: dotted camelCase, `[]` for every row of a table, `[id]` for a target row. */
  key: string;
  section: SectionKey;
  /** Chinese label exactly as docs/form.md prints it. */
  label: string;
  /** Label of the enclosing checkbox group, table or target row, where the field belongs to one. */
  context?: string;
  /** docs/form.md's type notation, e.g. `perYear<percent2>`, `yesNoNa(不涉及)`, `checkboxGroup.item`. */
  type: string;
  /** The value type of an input field; absent for a checkbox group header. */
  value?: ValueType;
  unit?: string;
  required: Requirement;
}

export function typeName(value: ValueType): string {
  switch (value.type) {
    case 'text':
      return `text(${value.maxChars})`;
    case 'year':
      return 'integer';
    case 'choice':
      if (value.variant === 'yesNo') return 'yesNo';
      if (value.variant === 'yesNoNa') return `yesNoNa(${value.options[2]?.value ?? ''})`;
      return `enum(${value.options.map((o) => o.value).join('|')})`;
    case 'countNames':
      return 'count+names';
    case 'checkbox':
      return 'checkboxGroup.item';
    case 'regionCity':
      return 'enum(市州)';
    case 'regionCounty':
      return 'enum(县市区)';
    default:
      return value.type;
  }
}

function walk(node: FormNode, key: string, section: SectionKey, context: string | undefined, perYear: boolean): FormField[] {
  switch (node.node) {
    case 'field':
      return [
        {
          key,
          section,
          label: node.label,
          context,
          type: perYear && node.value.type !== 'year' ? `perYear<${typeName(node.value)}>` : typeName(node.value),
          value: node.value,
          unit: node.unit,
          required: node.required,
        },
      ];
    case 'group': {
      const header: FormField[] = node.checkboxGroup ? [{ key, section, label: node.label, type: 'checkboxGroup', required: 'no' }] : [];
      const inner = node.checkboxGroup ? node.label : context;
      return [...header, ...Object.entries(node.children).flatMap(([k, c]) => walk(c, `${key}.${k}`, section, inner, perYear))];
    }
    case 'rows': {
      const isYearTable = node.count === 3;
      return Object.entries(node.children).flatMap(([k, c]) => walk(c, `${key}[].${k}`, section, isYearTable ? context : node.label, isYearTable));
    }
    case 'targets':
      return [
        ...Object.entries(node.rows).flatMap(([id, row]) =>
          (['baseline', 'target'] as const).flatMap((col) => walk(row[col], `${key}[${id}].${col}`, section, `${row.direction} · ${row.indicator}`, false)),
        ),
        ...Object.entries(node.extra.children).flatMap(([k, c]) => walk(c, `${key}[extra].${k}`, section, node.extra.label, false)),
      ];
  }
}

/** Every field of the form, in form order. */
export const formFields: readonly FormField[] = Object.entries(formSections).flatMap(([section, node]) =>
  walk(node, section, section as SectionKey, undefined, false),
);

export const formFieldsByKey: ReadonlyMap<string, FormField> = new Map(formFields.map((field) => [field.key, field]));

/** One segment of a docs/form.md key: a property, fanned out over every row (`[]`) or picking the target row `[id]`. */
interface KeyPart {
  name: string;
  selector: string | undefined;
}

/** A docs/form.md key split once; undefined when a segment is malformed (the key then matches nothing). */
function parseKey(key: string): KeyPart[] | undefined {
  const parts: KeyPart[] = [];
  for (const part of key.split('.')) {
    const m = /^(\w+)(?:\[(\w*)\])?$/.exec(part);
    if (!m) return undefined;
    parts.push({ name: m[1], selector: m[2] });
  }
  return parts;
}

function valuesAtParts(form: ApplicationForm, parts: readonly KeyPart[] | undefined): unknown[] {
  if (parts === undefined) return [];
  let current: unknown[] = [form];
  for (const { name, selector } of parts) {
    current = current.flatMap((v) => {
      const next = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[name] : undefined;
      if (selector === undefined) return next === undefined ? [] : [next];
      if (!Array.isArray(next)) return [];
      return selector === '' ? next : next.filter((row: { id?: unknown }) => row?.id === selector);
    });
  }
  return current.filter((v) => v !== undefined);
}

/**
 * Every value at a docs/form.md key: `[]` fans out over all rows, `[id]` picks the target row with that id.
 * Absent values are left out, so a key without `[]` yields zero or one value.
 */
export function valuesAt(form: ApplicationForm, key: string): unknown[] {
  return valuesAtParts(form, parseKey(key));
}

/** A "required when …" condition with its keys parsed once, for callers that test it on many forms. */
export function compileCondition(condition: RequiredWhen): (form: ApplicationForm) => boolean {
  if (condition.when === 'equals') {
    const parts = parseKey(condition.key);
    const { value } = condition;
    return (form) => valuesAtParts(form, parts).includes(value);
  }
  const keys = condition.keys.map(parseKey);
  return (form) => keys.some((parts) => valuesAtParts(form, parts).some((v) => typeof v === 'number' && v > 0));
}

/** Whether a conditional field is required for this form (docs/form.md "required when …"). */
export function conditionHolds(condition: RequiredWhen, form: ApplicationForm): boolean {
  return compileCondition(condition)(form);
}
