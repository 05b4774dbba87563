// What still stands between a draft and its submission, field by field: the blank required fields
// and the values the form.* rules refuse, each named by its section and label. The server lists
// these when it refuses a submission; the console counts them on its form tabs.
import { evaluate } from './engine';
import type { EligibilityReport } from './engine';
import { fieldPlace } from './form';
import type { ApplicationForm, Bilingual, FieldPlace } from './form';

export type OpenProblem = 'blank' | 'decimals' | 'length';

export interface OpenItem extends FieldPlace {
  /** The path the rules report, e.g. `plan.targets[outputGrowth].baseline`. */
  path: string;
  problem: OpenProblem;
  message: Bilingual;
}

const PROBLEM_TEXT: Record<OpenProblem, Bilingual> = {
  blank: { zh: '必填项未填写（无内容请填“无”）', en: 'Required field is blank (write “无” when nothing applies)' },
  decimals: { zh: '最多保留两位小数', en: 'At most 2 decimal places' },
  length: { zh: '超过规定字数', en: 'Longer than the printed limit' },
};

const FORM_RULES: Record<string, { problem: OpenProblem; paths: (values: Record<string, unknown>) => unknown }> = {
  'form.complete': { problem: 'blank', paths: (values) => values.blank },
  'form.decimals': { problem: 'decimals', paths: (values) => values.offending },
  'form.text_length': { problem: 'length', paths: (values) => values.offending },
};

/** The open items a rule report names, in form order within each kind of problem. */
export function openItemsOf(report: Pick<EligibilityReport, 'rules' | 'callYear'>): OpenItem[] {
  return report.rules.flatMap((rule) => {
    const spec = FORM_RULES[rule.id];
    const paths = spec ? spec.paths(rule.values) : undefined;
    if (!spec || !Array.isArray(paths)) return [];
    return paths.flatMap((path: string) => {
      const place = fieldPlace(path, report.callYear);
      if (!place) return [];
      const text = PROBLEM_TEXT[spec.problem];
      const where = `${place.sectionLabel} · ${place.label}`;
      return [{ ...place, path, problem: spec.problem, message: { zh: `${where}：${text.zh}`, en: `${where}: ${text.en}` } }];
    });
  });
}

/** The open items of a draft as it stands in the console. */
export function openItems(form: ApplicationForm, callYear: number): OpenItem[] {
  return openItemsOf(evaluate(form, { callYear }));
}
