import type { Bilingual } from './catalog';
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
  if (typeof observed === 'number') return String(observed);
  let text = '';
  for (const value of observed) text += `${text ? ' / ' : ''}${value === null ? blank : value}`;
  return text;
}

function formatPaths(paths: readonly string[], more: (n: number) => string): string {
  const listed = paths.slice(0, MAX_LISTED_PATHS).join(', ');
  return paths.length > MAX_LISTED_PATHS ? `${listed} ${more(paths.length - MAX_LISTED_PATHS)}` : listed;
}

// A pass message is the description alone (the figures are in `values`), so it
// is built once per description: most rules pass, and this is the hot path.
const passMessages = new WeakMap<Bilingual, Bilingual>();

export function ruleMessage(description: Bilingual, finding: Finding): Bilingual {
  if (finding.outcome === 'pass') {
    let message = passMessages.get(description);
    if (!message) {
      message = {
        zh: `${OUTCOME_LABEL.pass.zh}：${description.zh}`,
        en: `${OUTCOME_LABEL.pass.en}: ${description.en}`,
      };
      passMessages.set(description, message);
    }
    return message;
  }
  const label = OUTCOME_LABEL[finding.outcome];
  let zh = `${label.zh}：${description.zh}`;
  let en = `${label.en}: ${description.en}`;
  if (finding.observed !== undefined) {
    zh += `；实际值：${formatObserved(finding.observed, '空')}`;
    en += `; actual: ${formatObserved(finding.observed, 'blank')}`;
  }
  if (finding.paths && finding.paths.length > 0) {
    const missing = finding.outcome === 'missing';
    zh += `；${missing ? '缺少' : '涉及'}：${formatPaths(finding.paths, (n) => `等另${n}项`)}`;
    en += `; ${missing ? 'missing' : 'fields'}: ${formatPaths(finding.paths, (n) => `and ${n} more`)}`;
  }
  return { zh, en };
}
