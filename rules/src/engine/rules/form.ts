// DOMAIN §5.3 form.* (填报说明 2, the printed length limits): a fail or
// missing makes the verdict incomplete. They run on every evaluation, also on
// data that passed the schema, because stored data can bypass the schema.
// Functions from their own modules, not the '../../form' barrel (see facts.ts).
import type { ApplicationForm, FieldNode, ValueType } from '../../form';
import { compileCondition } from '../../form/fields';
import { countChars } from '../../form/values';
import type { FormFieldReader, ReadField } from '../form-reader';
import { hasAtMostDecimals } from '../numbers';
import { isNone, num } from '../read';
import { finding } from '../finding';
import type { Finding, RuleContext } from '../types';

/** What one pass over a form finds for the three form.* rules. */
export interface FormScan {
  blank: string[];
  badDecimals: string[];
  overLimit: Record<string, { chars: number; max: number }>;
  planTexts: string[];
}

/** What the form.* rules check on one field, fixed when the descriptor is compiled. */
interface FieldCheck {
  path: string;
  filled: Filled;
  /** Required always, required when the (precompiled) condition holds, or never checked for blanks. */
  required: 'yes' | ((form: ApplicationForm) => boolean) | undefined;
  decimal: boolean;
  /** The text's own limit; undefined for other fields and for the plan texts that share one limit. */
  maxChars: number | undefined;
  planText: boolean;
}

/** Filled: a value, or "无". An empty text, an empty file list or a count+names without a count is blank. */
type Filled = (value: unknown) => boolean;

// A text that starts with a visible character needs no trim (which copies it).
const isVisibleText = (text: string) => text.length > 0 && (text.charCodeAt(0) > 0x20 || text.trim() !== '');

// One predicate per kind of field, chosen when the descriptor is compiled: the scan then
// calls one of three small functions instead of dispatching on the type for every field,
// and only file and count+names fields look inside an object for "无".
const filledValue: Filled = (value) =>
  value !== undefined && value !== null && (typeof value !== 'string' || isVisibleText(value));
const filledFiles: Filled = (value) =>
  typeof value === 'string' ? isVisibleText(value) : isNone(value) || (Array.isArray(value) && value.length > 0);
const filledCountNames: Filled = (value) =>
  typeof value === 'string'
    ? isVisibleText(value)
    : isNone(value) ||
      (typeof value === 'object' && value !== null && num((value as { count?: unknown }).count) !== undefined);

function filledFor(type: ValueType['type']): Filled {
  return type === 'files' ? filledFiles : type === 'countNames' ? filledCountNames : filledValue;
}

function requirementOf({ required }: FieldNode): FieldCheck['required'] {
  if (required === 'yes') return 'yes';
  return typeof required === 'object' ? compileCondition(required) : undefined;
}

/** The form being scanned and what the scan found so far. */
interface ScanState {
  form: ApplicationForm;
  scan: FormScan;
}

function checkField(check: FieldCheck, input: unknown, { form, scan }: ScanState): void {
  const { required } = check;
  // The condition is only worth evaluating for a blank field.
  if (required !== undefined && !check.filled(input) && (required === 'yes' || required(form))) {
    scan.blank.push(check.path);
  }
  if (check.decimal && typeof input === 'number' && !hasAtMostDecimals(input, 2)) scan.badDecimals.push(check.path);
  if (typeof input !== 'string') return;
  if (check.planText) scan.planTexts.push(input);
  // UTF-16 length ≥ characters counted, so a text within it needs no counting (the hot path).
  else if (check.maxChars !== undefined && input.length > check.maxChars) {
    const chars = countChars(input);
    if (chars > check.maxChars) scan.overLimit[check.path] = { chars, max: check.maxChars };
  }
}

export interface FormChecks {
  /**
   * The one pass the three rules share; evaluate runs it once per evaluation
   * (RuleContext.scan) over the values the form's FormFieldReader read.
   */
  scan(form: ApplicationForm, values: readonly unknown[]): FormScan;
  complete(ctx: RuleContext): Finding;
  decimals(ctx: RuleContext): Finding;
  textLength(ctx: RuleContext): Finding;
}

/**
 * The form.* rules for the fields a reader reads. The plan's texts of `planMaxChars`
 * under `planPrefix` (narrative and staged goals) share that one printed limit
 * "（3000字以内）" (FORM.md §13 item 13); every other text has its own.
 */
export function formChecks(reader: FormFieldReader, planPrefix: string, planMaxChars: number): FormChecks {
  const isPlanText = (path: string, value: ValueType) =>
    path.startsWith(planPrefix) && value.type === 'text' && value.maxChars === planMaxChars;
  const toCheck = ({ node, path }: ReadField): FieldCheck => {
    const planText = isPlanText(path, node.value);
    return {
      path,
      filled: filledFor(node.value.type),
      required: requirementOf(node),
      decimal: node.value.type === 'decimal2' || node.value.type === 'percent2',
      maxChars: node.value.type === 'text' && !planText ? node.value.maxChars : undefined,
      planText,
    };
  };
  const isChecked = (check: FieldCheck) =>
    check.required !== undefined || check.decimal || check.maxChars !== undefined || check.planText;
  // Parallel arrays (not pairs): the scan's loop then reads two flat arrays.
  const checks: FieldCheck[] = [];
  const indexes: number[] = [];
  reader.fields.forEach((field, index) => {
    const check = toCheck(field);
    if (!isChecked(check)) return;
    checks.push(check);
    indexes.push(index);
  });
  const planTextPaths = checks.filter((check) => check.planText).map((check) => check.path);
  const requiredChecked = checks.filter((check) => check.required !== undefined).length;
  const numbersChecked = checks.filter((check) => check.decimal).length;

  return {
    scan(form, values) {
      const scan: FormScan = { blank: [], badDecimals: [], overLimit: {}, planTexts: [] };
      const state: ScanState = { form, scan };
      for (let i = 0; i < checks.length; i += 1) checkField(checks[i], values[indexes[i]], state);
      const units = scan.planTexts.reduce((sum, text) => sum + text.length, 0);
      const chars = units > planMaxChars ? scan.planTexts.reduce((sum, text) => sum + countChars(text), 0) : units;
      if (chars > planMaxChars) scan.overLimit.plan = { chars, max: planMaxChars };
      return scan;
    },

    complete(ctx) {
      const { blank } = ctx.scan;
      return finding(blank.length === 0 ? 'pass' : 'fail', { requiredChecked, blank }, {}, undefined, blank);
    },

    decimals(ctx) {
      const offending = ctx.scan.badDecimals;
      const values = { numbersChecked, offending };
      return finding(offending.length === 0 ? 'pass' : 'fail', values, { maxDecimals: 2 }, undefined, offending);
    },

    textLength(ctx) {
      const { overLimit } = ctx.scan;
      const offending = Object.keys(overLimit).flatMap((path) => (path === 'plan' ? planTextPaths : [path]));
      const values = { overLimit, offending };
      return finding(offending.length === 0 ? 'pass' : 'fail', values, { planMaxChars }, undefined, offending);
    },
  };
}
