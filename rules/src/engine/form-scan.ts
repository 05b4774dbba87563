// The one pass over every field that the three form.* rules share (docs/domain.md §5.3,
// 填报说明 2, the printed length limits): which required fields are blank,
// which numbers have more than 2 decimals, which texts are over their limit.
//
// Why generated code (engine/generated/form-scan.ts, from scanSource): like the
// reader (see form-reader.ts), a loop over the fields sends every field through
// the same branches whatever its type, so a cold value (a number or an object
// of a form long out of the caches) is fetched only once the previous field's
// branches are settled. Straight-line code with each field's own test, chosen
// when the descriptor is compiled, lets the processor fetch many at once: on
// the bench's 10,000 forms the pass took about a quarter less time.
import type { ApplicationForm, FieldNode, ValueType } from '../form';
import { countChars } from '../form/values';
import type { ReadField } from './form-reader';
import { isNone, num } from './read';

/** What one pass over a form finds for the three form.* rules. */
export interface FormScan {
  blank: string[];
  badDecimals: string[];
  overLimit: Record<string, { chars: number; max: number }>;
  planTexts: string[];
}

/** A field's compiled requirement condition (FieldNode.required when it is an object). */
export type Condition = (form: ApplicationForm) => boolean;

/** Where the plan's texts are (see fieldChecks). */
const PLAN_TEXT_PREFIX = 'plan.';

/** How a field counts as filled: a value, or "无". An empty text, an empty file list or a count+names without a count is blank. */
type Filled = 'value' | 'files' | 'countNames';

/** What the form.* rules check on one field, fixed when the descriptor is compiled. */
export interface FieldCheck {
  /** The field's position in the reader's values. */
  index: number;
  path: string;
  filled: Filled;
  /** Required always, when its condition holds (FieldNode.required), or never checked for blanks. */
  required: 'yes' | 'when' | undefined;
  decimal: boolean;
  /** The text's own limit; undefined for other fields and for the plan texts that share one limit. */
  maxChars: number | undefined;
  planText: boolean;
}

// A text that starts with a visible character needs no trim (which copies it).
export const isVisibleText = (text: string) => text.length > 0 && (text.charCodeAt(0) > 0x20 || text.trim() !== '');

// Only file and count+names fields look inside an object for "无"; the generated
// code tests every other field inline (see blankTest).
export const filledFiles = (value: unknown): boolean =>
  typeof value === 'string' ? isVisibleText(value) : isNone(value) || (Array.isArray(value) && value.length > 0);
export const filledCountNames = (value: unknown): boolean =>
  typeof value === 'string'
    ? isVisibleText(value)
    : isNone(value) || (typeof value === 'object' && value !== null && num((value as { count?: unknown }).count) !== undefined);

/**
 * Notes a text whose characters are over its limit. The generated code calls it only
 * for a text whose UTF-16 length is over: length ≥ characters, so most texts are never counted.
 */
export function noteLongText(scan: FormScan, path: string, text: string, max: number): void {
  const chars = countChars(text);
  if (chars > max) scan.overLimit[path] = { chars, max };
}

function filledOf(type: ValueType['type']): Filled {
  return type === 'files' ? 'files' : type === 'countNames' ? 'countNames' : 'value';
}

function requirementOf({ required }: FieldNode): FieldCheck['required'] {
  if (required === 'yes') return 'yes';
  return typeof required === 'object' ? 'when' : undefined;
}

/**
 * The checks for the fields a reader reads, in its order. The plan's texts of
 * `planMaxChars` under PLAN_TEXT_PREFIX (narrative and staged goals) share that
 * one printed limit "（3000字以内）" (docs/form.md §13 item 13); every other text has its own.
 */
export function fieldChecks(fields: readonly ReadField[], planMaxChars: number): FieldCheck[] {
  const checks: FieldCheck[] = [];
  fields.forEach(({ node, path }, index) => {
    const { value } = node;
    const planText = path.startsWith(PLAN_TEXT_PREFIX) && value.type === 'text' && value.maxChars === planMaxChars;
    const check: FieldCheck = {
      index,
      path,
      filled: filledOf(value.type),
      required: requirementOf(node),
      decimal: value.type === 'decimal2' || value.type === 'percent2',
      maxChars: value.type === 'text' && !planText ? value.maxChars : undefined,
      planText,
    };
    if (check.required !== undefined || check.decimal || check.maxChars !== undefined || check.planText) {
      checks.push(check);
    }
  });
  return checks;
}

/** One line per check: the generated scan states the checks it was generated for, and is refused when they differ. */
export function scanSignature(checks: readonly FieldCheck[]): string[] {
  return checks.map(
    (check) =>
      `${check.index} ${check.filled} ${check.required ?? '-'} ${check.decimal ? 'decimal' : '-'} ${check.maxChars ?? '-'}${check.planText ? ' plan' : ''}`,
  );
}

/** The field's value `x` is blank (see Filled). */
function blankTest(filled: Filled): string {
  if (filled === 'files') return '!filledFiles(x)';
  if (filled === 'countNames') return '!filledCountNames(x)';
  return "x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))";
}

function checkLines({ index, filled, required, decimal, maxChars, planText }: FieldCheck): string[] {
  const path = `P[${index}]`;
  const lines = [`  x = v[${index}];`];
  if (required === 'yes') lines.push(`  if (${blankTest(filled)}) s.blank.push(${path});`);
  // The condition is only worth evaluating for a blank field.
  if (required === 'when') lines.push(`  if ((${blankTest(filled)}) && when[${index}](form)) s.blank.push(${path});`);
  if (decimal) lines.push(`  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(${path});`);
  if (planText) lines.push(`  if (typeof x === 'string') s.planTexts.push(x);`);
  else if (maxChars !== undefined) {
    lines.push(`  if (typeof x === 'string' && x.length > ${maxChars}) noteLongText(s, ${path}, x, ${maxChars});`);
  }
  return lines;
}

/** The text of engine/generated/form-scan.ts for these checks. */
export function scanSource(checks: readonly FieldCheck[]): string {
  return [
    '// Generated from the form descriptor by rules/src/engine/generate-reader.ts (npm run generate:form); do not edit.',
    '// Why it is generated: see ../form-scan.ts.',
    "import type { ApplicationForm } from '../../form';",
    "import { filledCountNames, filledFiles, isVisibleText, noteLongText, type Condition, type FormScan } from '../form-scan';",
    "import { hasAtMostDecimals } from '../numbers';",
    "import { FORM_FIELD_PATHS as P } from './form-fields';",
    '',
    '/** The checks this scan makes (see scanSignature). */',
    'export const SCANNED: readonly string[] = [',
    ...scanSignature(checks).map((line) => `  ${JSON.stringify(line)},`),
    '];',
    '',
    "/** Adds to `s` what the values read from `form` show; `when[i]` is field i's compiled requirement condition. */",
    'export function scanFormFields(',
    '  v: readonly unknown[],',
    '  form: ApplicationForm,',
    '  when: readonly Condition[],',
    '  s: FormScan,',
    '): void {',
    '  let x: unknown;',
    ...checks.flatMap(checkLines),
    '}',
    '',
  ].join('\n');
}
