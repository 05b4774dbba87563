// Readers that turn one stored form value into what a rule needs. They take
// `unknown` on purpose: stored applications may bypass the schema (older
// drafts, imports), and a rule must then report `missing`, never throw.

/** The form's "无" sentinel (填报说明 2). */
export function isNone(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { none?: unknown }).none === true;
}

/** A finite number, or undefined for blank, "无" and anything malformed. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A 是/否/不涉及-style answer, or undefined. */
export function answer(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** At least one uploaded file (a files field or a checkbox item's evidence); "无" is not a file. */
export function hasFiles(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** Index of y3 in every `years[]` array. */
export const Y3 = 2;

/** The entry of a `years[]` array by position: y1, y2, y3 are positions 0, 1, 2 (docs/form.md §0). */
export function yearEntry<T>(years: readonly T[] | undefined, index: number): T | undefined {
  return Array.isArray(years) ? years[index] : undefined;
}

export interface PlanTargetRow {
  id?: unknown;
  baseline?: unknown;
  target?: unknown;
}

/**
 * The rows of `plan.targets` with these ids, in that order (the table's rows are
 * identified by id, not position): for each id the first row that has it, found
 * in one pass over the table.
 */
export function targetRows(targets: unknown, ids: readonly string[]): (PlanTargetRow | undefined)[] {
  const rows: (PlanTargetRow | undefined)[] = [];
  for (let i = 0; i < ids.length; i += 1) rows.push(undefined);
  if (!Array.isArray(targets)) return rows;
  for (const row of targets) {
    if (typeof row !== 'object' || row === null) continue;
    const { id } = row as PlanTargetRow;
    for (let i = 0; i < ids.length; i += 1) {
      if (ids[i] === id && rows[i] === undefined) {
        rows[i] = row as PlanTargetRow;
        break;
      }
    }
  }
  return rows;
}
