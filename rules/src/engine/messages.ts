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

function formatObserved(observed: NonNullable<Finding['observed']>, blank: string): string {
  if (typeof observed === 'number') return figureText(observed);
  let text = '';
  for (const value of observed) text += `${text ? ' / ' : ''}${value === null ? blank : figureText(value)}`;
  return text;
}

/** The first paths, comma-separated; `more` is the count of those left out. */
function listPaths(paths: readonly string[]): { listed: string; more: number } {
  const shown = Math.min(paths.length, MAX_LISTED_PATHS);
  let listed = '';
  for (let i = 0; i < shown; i += 1) listed += i === 0 ? paths[i] : `, ${paths[i]}`;
  return { listed, more: paths.length - shown };
}

/**
 * A pass message is the description alone (the figures are in `values`): the
 * caller builds it once per description, as most rules pass.
 */
export function passMessage(description: Bilingual): Bilingual {
  return { zh: `${OUTCOME_LABEL.pass.zh}：${description.zh}`, en: `${OUTCOME_LABEL.pass.en}: ${description.en}` };
}

/** The message of a finding that did not pass (see passMessage). */
export function ruleMessage(description: Bilingual, finding: Finding): Bilingual {
  const label = OUTCOME_LABEL[finding.outcome];
  let zh = `${label.zh}：${description.zh}`;
  let en = `${label.en}: ${description.en}`;
  if (finding.observed !== undefined) {
    zh += `；实际值：${formatObserved(finding.observed, '空')}`;
    en += `; actual: ${formatObserved(finding.observed, 'blank')}`;
  }
  if (finding.paths && finding.paths.length > 0) {
    const missing = finding.outcome === 'missing';
    const { listed, more } = listPaths(finding.paths);
    zh += `；${missing ? '缺少' : '涉及'}：${listed}${more > 0 ? ` 等另${more}项` : ''}`;
    en += `; ${missing ? 'missing' : 'fields'}: ${listed}${more > 0 ? ` and ${more} more` : ''}`;
  }
  return { zh, en };
}
