// Value shapes shared by the schema, the rules and the Strapi mapping.

/** "无" (填报说明 2): the declarant states that nothing applies. Counts as filled; rules needing a number treat it as missing. */
export interface NoneSentinel {
  none: true;
}

/** An uploaded evidence file: `id` is the Strapi upload file id. */
export interface FileRef {
  id: number;
  name?: string;
  mime?: string;
  url?: string;
}

/** One □ item of a checkbox group; a ticked item needs evidence (勾选需提供佐证材料). */
export interface CheckboxItem {
  checked: boolean;
  evidence: FileRef[];
}

/** The form's "数量：  个 / 名称：" cell. */
export interface CountNames {
  count?: number;
  names?: string[];
}

export const NONE: NoneSentinel = Object.freeze({ none: true }) as NoneSentinel;

/** The literal a declarant types into a text cell to say "nothing applies". */
export const NONE_TEXT = '无';

export function isNone(value: unknown): value is NoneSentinel {
  return typeof value === 'object' && value !== null && (value as { none?: unknown }).none === true;
}

/** A number the rules may use: present and not "无". */
export function numberOf(value: number | NoneSentinel | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Characters as the form counts them ("200字以内"): Unicode code points, line breaks not counted. */
export function countChars(text: string): number {
  return [...text.replace(/\r\n|\r|\n/g, '')].length;
}

/**
 * A form's value with its blanks dropped: a cleared input (null or ''), an empty list of names and a
 * group nobody typed in mean the same as an absent value. Rows keep their places (a blank row is null).
 */
function withoutBlanks(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const rows = value.map(withoutBlanks);
    return rows.every((row) => row === undefined) ? undefined : rows.map((row) => row ?? null);
  }
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .flatMap((key) => {
        const kept = withoutBlanks((value as Record<string, unknown>)[key]);
        return kept === undefined ? [] : [[key, kept] as const];
      });
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** Whether two values of a form say the same: blanks and the order of keys do not count. */
export function sameFormValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(withoutBlanks(a) ?? null) === JSON.stringify(withoutBlanks(b) ?? null);
}
