// Building blocks of the form descriptor. Each node carries its metadata (for the console, the rules and the
// Strapi generator) and its zod schema, so the TypeScript type of the form follows from the same description.
import { z } from 'zod';
import type { Problem } from './messages';
import { countChars, isNone, NONE, NONE_TEXT } from './values';
import type { CheckboxItem, CountNames, FileRef, NoneSentinel } from './values';

/** A printed option and the ASCII key Strapi stores (Strapi 5 enumerations reject CJK values; see STRAPI.md). */
export interface Choice<V extends string = string> {
  value: V;
  key: string;
}

export type ValueType =
  | { type: 'string' }
  | { type: 'text'; maxChars: number }
  | { type: 'decimal2'; min?: number; max?: number }
  | { type: 'percent2'; min?: number; max?: number }
  | { type: 'integer' }
  | { type: 'year' }
  | { type: 'choice'; variant: 'yesNo' | 'yesNoNa' | 'enum'; options: readonly Choice[] }
  | { type: 'date' }
  | { type: 'countNames' }
  | { type: 'files' }
  | { type: 'checkbox' }
  | { type: 'regionCity' }
  | { type: 'regionCounty' }
  | { type: 'fixed'; text: string };

/**
 * Whether the county must fill the field (docs/form.md §0): `yes`, `no`, `city` (the city reviewer fills it),
 * `derived` (computed, never typed), `fixed` (printed text), or a condition under which it is required.
 */
export type Requirement = 'yes' | 'no' | 'city' | 'derived' | 'fixed' | RequiredWhen;

/** Keys are dotted form keys; `[]` means "in any row". */
export type RequiredWhen = { when: 'equals'; key: string; value: string } | { when: 'anyPositive'; keys: readonly string[] };

export interface FieldOptions {
  required?: Requirement;
  unit?: string;
}

export interface FieldNode<T = unknown> {
  node: 'field';
  label: string;
  required: Requirement;
  unit?: string;
  value: ValueType;
  schema: z.ZodType<T>;
}

export interface GroupNode<C extends Children = Children> {
  node: 'group';
  /** Strapi component name in category `form` (kebab-case). */
  component: string;
  label: string;
  /** A □ checkbox group: its children are the items. */
  checkboxGroup: boolean;
  children: C;
  schema: z.ZodType<ObjectOf<C>>;
}

export interface RowsNode<C extends Children = Children> {
  node: 'rows';
  component: string;
  label: string;
  /** Exactly this many rows: 3 years, or 4 standard levels. */
  count: number;
  children: C;
  schema: z.ZodType<ObjectOf<C>[]>;
}

export interface TargetRowSpec<T = unknown> {
  direction: string;
  indicator: string;
  baseline: FieldNode<T>;
  target: FieldNode<T>;
}

export interface TargetsNode<R extends Record<string, TargetRowSpec> = Record<string, TargetRowSpec>> {
  node: 'targets';
  label: string;
  rows: R;
  extra: GroupNode;
  schema: z.ZodType<TargetRowOf<R>[]>;
}

export type FormNode = FieldNode | GroupNode | RowsNode | TargetsNode;
export type Children = Record<string, FormNode>;

type ValueOf<N> = N extends { schema: z.ZodType<infer T> } ? T : never;
export type ObjectOf<C extends Children> = { [K in keyof C]?: ValueOf<C[K]> };
type TargetRowOf<R extends Record<string, TargetRowSpec>> =
  { [K in keyof R]: { id: K; baseline?: ValueOf<R[K]['baseline']>; target?: ValueOf<R[K]['target']> } }[keyof R] | ExtraTargetRow;

/** An extra ("......") row of the target table; no rule reads it. */
export interface ExtraTargetRow {
  id: 'extra';
  direction?: string;
  indicator?: string | NoneSentinel;
  baseline?: string | NoneSentinel;
  target?: string | NoneSentinel;
}

// ---------------------------------------------------------------- value checks

export interface Finding {
  path: (string | number)[];
  problem: Problem;
}

/** Strapi stores `decimal` as DECIMAL(10,2) and `integer` as a 32-bit integer. */
const DECIMAL_LIMIT = 99_999_999.99;
const INTEGER_LIMIT = 2_147_483_647;
/** Strapi `string` is VARCHAR(255). */
export const STRING_MAX_LENGTH = 255;

export function hasAtMostTwoDecimals(v: number): boolean {
  // Tolerates binary noise such as 0.1 + 0.2.
  return Math.abs(Math.round(v * 100) / 100 - v) <= 1e-9 * Math.max(1, Math.abs(v));
}

function at(problem: Problem, path: (string | number)[] = []): Finding[] {
  return [{ path, problem }];
}

function checkNumber(v: unknown, opts: { integer: boolean; min?: number; max?: number }): Finding[] {
  if (typeof v !== 'number' || !Number.isFinite(v)) return at({ code: 'type', expected: 'number' });
  if (opts.integer && !Number.isInteger(v)) return at({ code: 'integer' });
  if (!opts.integer && !hasAtMostTwoDecimals(v)) return at({ code: 'decimals' });
  const min = opts.min ?? (opts.integer ? 0 : -DECIMAL_LIMIT);
  const max = opts.max ?? (opts.integer ? INTEGER_LIMIT : DECIMAL_LIMIT);
  if (opts.min !== undefined && opts.max !== undefined && (v < min || v > max)) {
    return at({ code: 'range', min, max });
  }
  if (v < min) return at({ code: 'min', min });
  if (v > max) return at({ code: 'max', max });
  return [];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unknownKeys(v: Record<string, unknown>, allowed: readonly string[], path: (string | number)[] = []): Finding[] {
  return Object.keys(v)
    .filter((k) => !allowed.includes(k))
    .map((key) => ({ path: [...path, key], problem: { code: 'unknown_key', key } }));
}

function checkNone(v: unknown, expected: Problem & { code: 'type' }): Finding[] | undefined {
  if (!isNone(v)) return undefined;
  const extra = unknownKeys(v as unknown as Record<string, unknown>, ['none']);
  return extra.length ? at(expected) : [];
}

function checkFileRefs(v: unknown, path: (string | number)[]): Finding[] {
  if (!Array.isArray(v)) return at({ code: 'type', expected: 'files' }, path);
  return v.flatMap((ref, i): Finding[] => {
    if (!isPlainObject(ref)) return at({ code: 'type', expected: 'files' }, [...path, i]);
    const findings = unknownKeys(ref, ['id', 'name', 'mime', 'url'], [...path, i]);
    if (typeof ref.id !== 'number' || !Number.isInteger(ref.id) || ref.id <= 0) {
      findings.push({ path: [...path, i, 'id'], problem: { code: 'file_id' } });
    }
    for (const k of ['name', 'mime', 'url'] as const) {
      if (ref[k] !== undefined && typeof ref[k] !== 'string') {
        findings.push({ path: [...path, i, k], problem: { code: 'type', expected: 'text' } });
      }
    }
    return findings;
  });
}

const CITY_CODES = ['520100', '520200', '520300', '520400', '520500', '520600', '522300', '522600', '522700'];

/** Findings for one present (non-undefined) value, relative to the field. */
export function checkValue(valueType: ValueType, v: unknown): Finding[] {
  switch (valueType.type) {
    case 'string':
    case 'text': {
      const none = checkNone(v, { code: 'type', expected: 'text' });
      if (none) return none;
      if (typeof v !== 'string') return at({ code: 'type', expected: 'text' });
      if (valueType.type === 'string') {
        return v.length > STRING_MAX_LENGTH ? at({ code: 'string_length', max: STRING_MAX_LENGTH }) : [];
      }
      const actual = countChars(v);
      return actual > valueType.maxChars ? at({ code: 'text_length', max: valueType.maxChars, actual }) : [];
    }
    case 'decimal2':
    case 'percent2':
    case 'integer':
      return (
        checkNone(v, { code: 'type', expected: 'number' }) ??
        checkNumber(v, { integer: valueType.type === 'integer', ...('min' in valueType ? valueType : {}) })
      );
    case 'year':
      return checkNumber(v, { integer: true, min: 1900, max: 2999 });
    case 'choice': {
      const options = valueType.options.map((o) => o.value);
      return typeof v === 'string' && options.includes(v) ? [] : at({ code: 'choice', options });
    }
    case 'date': {
      if (typeof v !== 'string') return at({ code: 'type', expected: 'date' });
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
      const real = d !== undefined && d.toISOString().slice(0, 10) === v;
      return real ? [] : at({ code: 'date' });
    }
    case 'countNames': {
      const none = checkNone(v, { code: 'type', expected: 'countNames' });
      if (none) return none;
      if (!isPlainObject(v)) return at({ code: 'type', expected: 'countNames' });
      const findings = unknownKeys(v, ['count', 'names']);
      if (v.count !== undefined) {
        findings.push(...checkNumber(v.count, { integer: true }).map((f) => ({ ...f, path: ['count'] })));
      }
      if (v.names !== undefined) {
        if (!Array.isArray(v.names)) findings.push({ path: ['names'], problem: { code: 'type', expected: 'text' } });
        else
          v.names.forEach((name, i) => {
            if (typeof name !== 'string') findings.push({ path: ['names', i], problem: { code: 'type', expected: 'text' } });
            else if (/[\r\n]/.test(name)) findings.push({ path: ['names', i], problem: { code: 'name_line_break' } });
            else if (name.length > STRING_MAX_LENGTH) findings.push({ path: ['names', i], problem: { code: 'string_length', max: STRING_MAX_LENGTH } });
          });
      }
      return findings;
    }
    case 'files':
      return checkNone(v, { code: 'type', expected: 'files' }) ?? checkFileRefs(v, []);
    case 'checkbox': {
      if (!isPlainObject(v)) return at({ code: 'type', expected: 'checkbox' });
      const findings = unknownKeys(v, ['checked', 'evidence']);
      if (typeof v.checked !== 'boolean') findings.push({ path: ['checked'], problem: { code: 'type', expected: 'boolean' } });
      findings.push(...checkFileRefs(v.evidence, ['evidence']));
      return findings;
    }
    case 'regionCity':
      return typeof v === 'string' && CITY_CODES.includes(v) ? [] : at({ code: 'choice', options: CITY_CODES });
    case 'fixed':
      return v === valueType.text ? [] : at({ code: 'choice', options: [valueType.text] });
    case 'regionCounty':
      return typeof v === 'string' && /^52\d{4}$/.test(v) && !v.endsWith('00') ? [] : at({ code: 'type', expected: 'regionCode' });
  }
}

export function reportFindings(ctx: z.RefinementCtx, findings: Finding[], base: (string | number)[] = []): void {
  for (const { path, problem } of findings) {
    ctx.addIssue({ code: 'custom', path: [...base, ...path], message: problem.code, params: { problem } });
  }
}

function leafSchema<T>(valueType: ValueType): z.ZodType<T> {
  const checked = z.custom<T>(() => true).superRefine((v, ctx) => reportFindings(ctx, checkValue(valueType, v)));
  if (valueType.type === 'decimal2' || valueType.type === 'percent2') {
    // Store 0.1 + 0.2 as 0.3: the decimals check already tolerated the binary noise.
    return checked.transform((v) => (typeof v === 'number' ? ((Math.round(v * 100) / 100) as T) : v)) as unknown as z.ZodType<T>;
  }
  if (valueType.type !== 'string' && valueType.type !== 'text') return checked;
  // A typed "无" and the sentinel mean the same; keep one form so rules and storage see one shape.
  return checked.transform((v) => (typeof v === 'string' && v.trim() === NONE_TEXT ? (NONE as T) : v)) as unknown as z.ZodType<T>;
}

function field<T>(value: ValueType, label: string, opts: FieldOptions = {}): FieldNode<T> {
  return { node: 'field', label, required: opts.required ?? 'yes', unit: opts.unit, value, schema: leafSchema<T>(value) };
}

/** A numeric cell: a number, or "无". */
export type Numeric = number | NoneSentinel;
type Range = { min?: number; max?: number };

/** Percent ranges of docs/form.md: shares are 0–100; a growth rate cannot fall below −100; a reduction cannot exceed 100. */
export const SHARE: Range = { min: 0, max: 100 };
export const GROWTH: Range = { min: -100 };
export const REDUCTION: Range = { max: 100 };

export const f = {
  string: (label: string, opts?: FieldOptions) => field<string | NoneSentinel>({ type: 'string' }, label, opts),
  text: (maxChars: 200 | 3000, label: string, opts?: FieldOptions) => field<string | NoneSentinel>({ type: 'text', maxChars }, label, opts),
  decimal: (label: string, range: Range, opts?: FieldOptions) => field<Numeric>({ type: 'decimal2', ...range }, label, opts),
  percent: (label: string, range: Range, opts?: FieldOptions) => field<Numeric>({ type: 'percent2', ...range }, label, { unit: '%', ...opts }),
  integer: (label: string, opts?: FieldOptions) => field<Numeric>({ type: 'integer' }, label, opts),
  year: () => field<number>({ type: 'year' }, '年度', { required: 'derived' }),
  choice: <V extends string>(variant: 'yesNo' | 'yesNoNa' | 'enum', options: readonly Choice<V>[], label: string, opts?: FieldOptions) =>
    field<V>({ type: 'choice', variant, options }, label, opts),
  date: (label: string, opts?: FieldOptions) => field<string>({ type: 'date' }, label, opts),
  countNames: (label: string, opts?: FieldOptions) => field<CountNames | NoneSentinel>({ type: 'countNames' }, label, { unit: '个', ...opts }),
  files: (label: string, opts?: FieldOptions) => field<FileRef[] | NoneSentinel>({ type: 'files' }, label, opts),
  /** Printed text the declarant cannot change; accepted only verbatim so a console may echo it back. */
  fixed: (label: string, text: string) => field<string>({ type: 'fixed', text }, label, { required: 'fixed' }),
  regionCity: (label: string) => field<string>({ type: 'regionCity' }, label),
  regionCounty: (label: string) => field<string>({ type: 'regionCounty' }, label),
};

// ---------------------------------------------------------------- structure

type Shape<C extends Children> = { [K in keyof C]: z.ZodOptional<C[K]['schema']> };

function shapeOf<C extends Children>(children: C): Shape<C> {
  return Object.fromEntries(Object.entries(children).map(([k, c]) => [k, c.schema.optional()])) as Shape<C>;
}

/** A strict object: an unknown key (a typo) is an error at that key. */
function objectSchema<C extends Children>(children: C, refine?: (value: ObjectOf<C>) => Finding[]): z.ZodType<ObjectOf<C>> {
  const base = z.strictObject(shapeOf(children)) as unknown as z.ZodType<ObjectOf<C>>;
  return refine ? base.superRefine((v, ctx) => reportFindings(ctx, refine(v))) : base;
}

export function group<C extends Children>(component: string, label: string, children: C, refine?: (value: ObjectOf<C>) => Finding[]): GroupNode<C> {
  return { node: 'group', component, label, checkboxGroup: false, children, schema: objectSchema(children, refine) };
}

type Items<I extends Record<string, string>> = { [K in keyof I]: FieldNode<CheckboxItem> };

/** A □ group; items are keyed by name with their printed labels. Ticking needs evidence (checked by the rules). */
export function checkboxGroup<I extends Record<string, string>>(component: string, label: string, items: I): GroupNode<Items<I>> {
  const children = Object.fromEntries(
    Object.entries(items).map(([k, itemLabel]) => [k, field<CheckboxItem>({ type: 'checkbox' }, itemLabel, { required: 'no' })]),
  ) as Items<I>;
  return { node: 'group', component, label, checkboxGroup: true, children, schema: objectSchema(children) };
}

export function rows<C extends Children>(
  component: string,
  label: string,
  count: number,
  children: C,
  refine?: (row: ObjectOf<C>, index: number) => Finding[],
): RowsNode<C> {
  const row = objectSchema(children);
  const schema = z.array(row).superRefine((list, ctx) => {
    if (list.length !== count) reportFindings(ctx, at({ code: 'row_count', expected: count, actual: list.length }));
    if (refine) list.forEach((r, i) => reportFindings(ctx, refine(r, i), [i]));
  });
  return { node: 'rows', component, label, count, children, schema };
}

export function targetRow<T>(direction: string, indicator: string, valueField: (label: string) => FieldNode<T>): TargetRowSpec<T> {
  return { direction, indicator, baseline: valueField('2022年基准值'), target: valueField('2025年目标值') };
}

export function targets<R extends Record<string, TargetRowSpec>>(label: string, rowSpecs: R, extra: GroupNode): TargetsNode<R> {
  const ids = [...Object.keys(rowSpecs), 'extra'];
  const rowSchemas = new Map<string, z.ZodType>(
    Object.entries(rowSpecs).map(([id, r]) => [
      id,
      z.strictObject({ id: z.literal(id), baseline: r.baseline.schema.optional(), target: r.target.schema.optional() }),
    ]),
  );
  rowSchemas.set('extra', z.strictObject({ id: z.literal('extra'), ...shapeOf(extra.children) }));
  // Dispatch on `id` by hand so an unknown id is one clear error at `.id`, not a dump of every row shape.
  const row = z.unknown().transform((v, ctx): TargetRowOf<R> => {
    if (!isPlainObject(v)) {
      reportFindings(ctx, at({ code: 'type', expected: 'rows' }));
      return z.NEVER;
    }
    const schema = typeof v.id === 'string' ? rowSchemas.get(v.id) : undefined;
    if (!schema) {
      reportFindings(ctx, at({ code: 'unknown_target', ids }, ['id']));
      return z.NEVER;
    }
    const result = schema.safeParse(v);
    if (result.success) return result.data as TargetRowOf<R>;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue } as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
  const schema = z.array(row).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      const id = String(r.id);
      if (id === 'extra') return;
      if (seen.has(id)) reportFindings(ctx, at({ code: 'duplicate_target', id }, [i, 'id']));
      seen.add(id);
    });
  }) as unknown as z.ZodType<TargetRowOf<R>[]>;
  return { node: 'targets', label, rows: rowSpecs, extra, schema };
}
