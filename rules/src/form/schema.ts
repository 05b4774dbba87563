// The draft schema of the whole form and its TypeScript types. Required-ness is not enforced here: an
// unfinished draft is valid; completeness is the rules' `form.complete`.
import { z } from 'zod';
import { formSections } from './descriptor';
import { describeProblem } from './messages';
import type { Expected, Problem } from './messages';
import type { ObjectOf } from './nodes';
import { formatPath } from '../validation';
import type { FieldError } from '../validation';

type Sections = typeof formSections;

export const applicationFormSchema = z.strictObject(
  Object.fromEntries(Object.entries(formSections).map(([k, s]) => [k, s.schema.optional()])) as {
    [K in keyof Sections]: z.ZodOptional<Sections[K]['schema']>;
  },
);

/** One application's form data; every part optional (a draft). */
export type ApplicationForm = ObjectOf<Sections>;

type Section<K extends keyof Sections> = NonNullable<ApplicationForm[K]>;
type Row<T> = T extends readonly (infer R)[] ? R : never;

export type CoverSection = Section<'cover'>;
export type BasicSection = Section<'basic'>;
export type LeadingIndustrySection = Section<'leadingIndustry'>;
export type InnovationSection = Section<'innovation'>;
export type DigitalSection = Section<'digital'>;
export type GreenSection = Section<'green'>;
export type OpennessSection = Section<'openness'>;
export type GovernanceSection = Section<'governance'>;
export type PlanSection = Section<'plan'>;
export type DeclarationSection = Section<'declaration'>;
export type RecommendationSection = Section<'recommendation'>;

export type LeadingIndustryYearRow = Row<NonNullable<LeadingIndustrySection['years']>>;
export type InnovationYearRow = Row<NonNullable<InnovationSection['years']>>;
export type StandardsRow = Row<NonNullable<InnovationYearRow['standards']>>;
export type DigitalYearRow = Row<NonNullable<DigitalSection['years']>>;
export type GreenYearRow = Row<NonNullable<GreenSection['years']>>;
export type OpennessYearRow = Row<NonNullable<OpennessSection['years']>>;
export type PlanTargetRow = Row<NonNullable<PlanSection['targets']>>;
export type PlanTargetId = PlanTargetRow['id'];
/** A fixed row of the target table, by id. */
export type PlanTarget<Id extends Exclude<PlanTargetId, 'extra'>> = Extract<PlanTargetRow, { id: Id }>;

export type ValidationResult = { success: true; data: ApplicationForm } | { success: false; errors: FieldError[] };

/** `null` means "not filled" (what a cleared input sends); drop it so the draft schema sees an absent field. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

function expectedOf(zodExpected: string): Expected {
  switch (zodExpected) {
    case 'object':
      return 'section';
    case 'array':
      return 'rows';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

function problemsOf(issue: z.core.$ZodIssue): { path: PropertyKey[]; problem: Problem }[] {
  const path = issue.path;
  switch (issue.code) {
    case 'custom': {
      const problem = (issue.params as { problem?: Problem } | undefined)?.problem;
      return [{ path, problem: problem ?? { code: 'type', expected: 'text' } }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], problem: { code: 'unknown_key', key } }));
    case 'invalid_type':
      return [{ path, problem: { code: 'type', expected: expectedOf(issue.expected) } }];
    case 'invalid_value':
      return [{ path, problem: { code: 'choice', options: issue.values.map(String) } }];
    default:
      return [{ path, problem: { code: 'type', expected: 'text' } }];
  }
}

/** The ids of the target table's fixed rows: a row's field errors are named by its id, as the rules name them. */
const TARGET_ROW_IDS: ReadonlySet<string> = new Set(Object.keys(formSections.plan.children.targets.rows));

/**
 * A field's path as the rules spell it: `plan.targets[co2Emissions].target` for
 * the first row with a fixed id (rows are identified by id, not position); an
 * extra, unknown or repeated row keeps its position (`plan.targets.9.id`).
 */
function fieldPath(path: readonly PropertyKey[], input: unknown): string {
  const [section, table, position, ...rest] = path;
  if (section === 'plan' && table === 'targets' && typeof position === 'number') {
    const rows = (input as { plan?: { targets?: unknown } } | undefined)?.plan?.targets;
    const id = Array.isArray(rows) ? (rows[position] as { id?: unknown } | undefined)?.id : undefined;
    const first =
      typeof id === 'string' && TARGET_ROW_IDS.has(id) ? (rows as unknown[]).findIndex((row) => (row as { id?: unknown } | undefined)?.id === id) : -1;
    if (first === position) return formatPath([`plan.targets[${id}]`, ...rest]);
  }
  return formatPath(path);
}

/**
 * The keys that lead to a field in the form value, from a field error's path:
 * a row named by id (`plan.targets[co2Emissions]`) is found by its id, so a
 * caller can reach the input or value the error is about.
 */
export function fieldKeys(form: unknown, path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  let node: unknown = form;
  const child = (key: string | number) => (typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined);
  for (const part of path.split('.').filter(Boolean)) {
    const byId = /^(.+)\[(.+)\]$/.exec(part);
    const key = byId ? byId[1] : /^\d+$/.test(part) ? Number(part) : part;
    node = child(key);
    keys.push(key);
    if (byId) {
      const index = Array.isArray(node) ? node.findIndex((row) => (row as { id?: unknown } | null)?.id === byId[2]) : -1;
      node = child(index);
      keys.push(index);
    }
  }
  return keys;
}

type Parsed = { success: true; data: ApplicationForm } | { success: false; problems: { path: PropertyKey[]; problem: Problem }[] };

function parse(input: unknown): Parsed {
  const result = applicationFormSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data as ApplicationForm };
  return { success: false, problems: result.error.issues.flatMap(problemsOf) };
}

function failure(problems: { path: PropertyKey[]; problem: Problem }[], input: unknown): ValidationResult {
  const errors = problems.map(({ path, problem }) => ({ path: fieldPath(path, input), message: describeProblem(problem) }));
  return { success: false, errors };
}

/** Every problem of a draft form, each at its field, in Chinese and English. What saving a form accepts. */
export function validateForm(input: unknown): ValidationResult {
  const cleaned = withoutNulls(input);
  const parsed = parse(cleaned);
  return parsed.success ? parsed : failure(parsed.problems, cleaned);
}

/** What the form.* rules themselves report as a `fail` (form.decimals, form.text_length). */
const RULE_PROBLEMS: ReadonlySet<Problem['code']> = new Set(['decimals', 'text_length', 'plan_length']);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], root);
}

function setAt(root: unknown, path: readonly PropertyKey[], value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1)) as Record<PropertyKey, unknown> | undefined;
  if (typeof parent !== 'object' || parent === null) return;
  if (value === undefined) delete parent[path[path.length - 1]];
  else parent[path[path.length - 1]] = value;
}

/**
 * The form's shape: validateForm, except that a number with more than 2
 * decimals or a text over its length is kept as given, for form.decimals and
 * form.text_length to report as a `fail` (docs/domain.md §5.3). For evaluating a file
 * (the CLI); saving uses validateForm, which refuses such values. Wrong types,
 * choices, ranges and rows are refused as there.
 */
export function validateFormShape(input: unknown): ValidationResult {
  const cleaned = withoutNulls(input);
  const parsed = parse(cleaned);
  if (parsed.success) return parsed;
  const shapeProblems = parsed.problems.filter(({ problem }) => !RULE_PROBLEMS.has(problem.code));
  if (shapeProblems.length > 0) return failure(shapeProblems, cleaned);
  // Parse without the values the rules will judge, then put them back as given.
  const judged = parsed.problems.map(({ path }) => ({ path, value: valueAt(cleaned, path) }));
  const without = structuredClone(cleaned);
  for (const { path } of judged) setAt(without, path, undefined);
  const reparsed = parse(without);
  if (!reparsed.success) return failure(reparsed.problems, without);
  for (const { path, value } of judged) setAt(reparsed.data, path, value);
  return reparsed;
}
