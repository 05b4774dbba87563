/*
 * Year rows gathered from several sources: a form called in year C and an annual report of year C − 1
 * both hold the three years before C, in rows y1..y3. The annual re-evaluation completes a report's
 * earlier years this way, and a re-review's form is rebuilt this way.
 */

export const isBlank = (value: unknown) => value === undefined || value === null || value === '';
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fills what `target` leaves blank from `source`, leaf by leaf; what the target holds is never replaced. */
export function fillBlanks(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(source)) {
    // A row's year is its position's, not the source's.
    if (key === 'year' || isBlank(value)) continue;
    if (isBlank(out[key])) out[key] = structuredClone(value);
    else if (isRecord(out[key]) && isRecord(value)) out[key] = fillBlanks(out[key] as Record<string, unknown>, value);
    else if (Array.isArray(out[key]) && Array.isArray(value)) {
      out[key] = (out[key] as unknown[]).map((item, index) =>
        isRecord(item) && isRecord(value[index]) ? fillBlanks(item, value[index] as Record<string, unknown>) : item,
      );
    }
  }
  return out;
}

/** Figures that end with `reportYear`: an annual report of that year, or a form called the year after. */
export interface YearSource {
  reportYear: number;
  metrics: object;
}

/** One section's row for `year`, each figure from the first source (in the order given) that holds it. */
export function yearRow(section: string, year: number, sources: readonly YearSource[]): Record<string, unknown> {
  let row: Record<string, unknown> = {};
  for (const source of sources) {
    // A source of year S holds S − 2, S − 1 and S in rows 0, 1 and 2.
    const at = year - source.reportYear + 2;
    const found = ((source.metrics as Record<string, unknown>)[section] as { years?: unknown[] } | undefined)?.years?.[at];
    if (at >= 0 && at <= 2 && isRecord(found)) row = fillBlanks(row, found);
  }
  return row;
}
