// docs/domain.md §5.3 form.* (填报说明 2, the printed length limits): a fail or
// missing makes the verdict incomplete. They run on every evaluation, also on
// data that passed the schema, because stored data can bypass the schema.
// Functions from their own modules, not the '../../form' barrel (see facts.ts).
import type { ApplicationForm } from '../../form';
import { compileCondition } from '../../form/fields';
import { countChars } from '../../form/values';
import { requireGeneratedFor, type FormFieldReader } from '../form-reader';
import { fieldChecks, scanSignature, type Condition, type FormScan } from '../form-scan';
import { finding } from '../finding';
import type { Finding, RuleContext } from '../types';

/** The generated scan (engine/generated/form-scan.ts) and the checks it was generated for. */
export interface GeneratedScan {
  checks: readonly string[];
  scan(values: readonly unknown[], form: ApplicationForm, when: readonly Condition[], scan: FormScan): void;
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
 * The form.* rules for the fields a reader reads, scanned by `generated`, which
 * must have been generated for these fields (npm run generate:form). The plan's
 * texts share the limit `planMaxChars` (see fieldChecks).
 */
export function formChecks(reader: FormFieldReader, planMaxChars: number, generated: GeneratedScan): FormChecks {
  const checks = fieldChecks(reader.fields, planMaxChars);
  requireGeneratedFor('form-scan.ts', scanSignature(checks), generated.checks);
  // By field position, the compiled condition of each field required only when it holds.
  const when: Condition[] = [];
  for (const { index } of checks) {
    const { required } = reader.fields[index].node;
    if (typeof required === 'object') when[index] = compileCondition(required);
  }
  const planTextPaths = checks.filter((check) => check.planText).map((check) => check.path);
  const requiredChecked = checks.filter((check) => check.required !== undefined).length;
  const numbersChecked = checks.filter((check) => check.decimal).length;

  return {
    scan(form, values) {
      const scan: FormScan = { blank: [], badDecimals: [], overLimit: {}, planTexts: [] };
      generated.scan(values, form, when, scan);
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
