import type { Bilingual } from './catalog';
import { figureText } from './numbers';
import type { Finding, Outcome } from './types';

// Every human-readable sentence of the report is built here, so the two
// languages stay in step and rules only return data.

const OUTCOME_LABEL: Record<Outcome, Bilingual> = {
  pass: { zh: '符合', en: 'Met' },
  fail: { zh: '不符合', en: 'Not met' },
  warn: { zh: '需人工复核', en: 'Needs review' },
  missing: { zh: '数据缺失', en: 'Data missing' },
};

const MAX_LISTED_PATHS = 5;

/** The observed figures, each turned into text once for both languages (null: blank). */
function observedText(observed: NonNullable<Finding['observed']>): Bilingual {
  if (typeof observed === 'number') {
    const text = figureText(observed);
    return { zh: text, en: text };
  }
  let zh = '';
  let en = '';
  for (let i = 0; i < observed.length; i += 1) {
    const value = observed[i];
    const figure = value === null ? undefined : figureText(value);
    const separator = i === 0 ? '' : ' / ';
    zh += separator + (figure ?? '空');
    en += separator + (figure ?? 'blank');
  }
  return { zh, en };
}

/** The first paths, comma-separated; `more` is the count of those left out. */
function listPaths(paths: readonly string[]): { listed: string; more: number } {
  const shown = Math.min(paths.length, MAX_LISTED_PATHS);
  let listed = '';
  for (let i = 0; i < shown; i += 1) listed += i === 0 ? paths[i] : `, ${paths[i]}`;
  return { listed, more: paths.length - shown };
}

/**
 * The outcome and the rule's description, which every message starts with. A
 * pass message is this alone (the figures are in `values`). The caller builds
 * them once per description and outcome, as they depend on the thresholds only.
 */
export function leadMessage(outcome: Outcome, description: Bilingual): Bilingual {
  const label = OUTCOME_LABEL[outcome];
  return { zh: `${label.zh}：${description.zh}`, en: `${label.en}: ${description.en}` };
}

/** The message of a finding that did not pass: its lead (see leadMessage), the figures observed and the fields concerned. */
export function ruleMessage(lead: Bilingual, finding: Finding): Bilingual {
  let { zh, en } = lead;
  if (finding.observed !== undefined) {
    const text = observedText(finding.observed);
    zh += `；实际值：${text.zh}`;
    en += `; actual: ${text.en}`;
  }
  if (finding.paths && finding.paths.length > 0) {
    const missing = finding.outcome === 'missing';
    const { listed, more } = listPaths(finding.paths);
    zh += `；${missing ? '缺少' : '涉及'}：${listed}${more > 0 ? ` 等另${more}项` : ''}`;
    en += `; ${missing ? 'missing' : 'fields'}: ${listed}${more > 0 ? ` and ${more} more` : ''}`;
  }
  return { zh, en };
}
