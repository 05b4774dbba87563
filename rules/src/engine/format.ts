// Text renderings of the catalog and the thresholds for the CLI and the README.
// The README tables are this output pasted between markers; a test keeps them equal.
import { CATALOG, describeRule } from './catalog';
import { DEFAULT_THRESHOLDS, THRESHOLD_KEYS, thresholdMeaning, thresholdUnit, type Thresholds } from './thresholds';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The rule table, descriptions filled with the given thresholds. */
export function catalogMarkdown(thresholds: Thresholds = DEFAULT_THRESHOLDS): string {
  const lines = ['| # | id | article | kind | 说明 | description |', '|---|---|---|---|---|---|'];
  CATALOG.forEach((entry, index) => {
    const { zh, en } = describeRule(entry, thresholds);
    lines.push(`| ${index + 1} | \`${entry.id}\` | ${entry.article} | ${entry.kind} | ${cell(zh)} | ${cell(en)} |`);
  });
  return lines.join('\n');
}

/** The threshold keys with their defaults and meaning. */
export function thresholdsMarkdown(): string {
  const lines = ['| key | default | unit | meaning |', '|---|---|---|---|'];
  for (const key of THRESHOLD_KEYS) {
    lines.push(`| \`${key}\` | ${DEFAULT_THRESHOLDS[key]} | ${cell(thresholdUnit(key))} | ${cell(thresholdMeaning(key))} |`);
  }
  return lines.join('\n');
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width +=
      code >= 0x1100 &&
      (code <= 0x115f ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6))
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The catalog as an aligned plain-text table (id, article, kind, description). */
export function catalogTable(thresholds: Thresholds = DEFAULT_THRESHOLDS): string {
  const rows = [
    ['id', 'article', 'kind', 'description'],
    ...CATALOG.map((entry) => {
      const { zh, en } = describeRule(entry, thresholds);
      return [entry.id, entry.article, entry.kind, `${zh} / ${en}`];
    }),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => displayWidth(row[column]))));
  return rows.map((row) => [...widths.map((width, column) => pad(row[column], width)), row[3]].join('  ')).join('\n');
}
