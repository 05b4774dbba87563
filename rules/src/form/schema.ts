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

/** Every problem of a draft form, each at its field, in Chinese and English. */
export function validateForm(input: unknown): ValidationResult {
  const result = applicationFormSchema.safeParse(withoutNulls(input));
  if (result.success) return { success: true, data: result.data as ApplicationForm };
  const errors = result.error.issues.flatMap(problemsOf).map(({ path, problem }) => ({
    path: formatPath(path),
    message: describeProblem(problem),
  }));
  return { success: false, errors };
}
