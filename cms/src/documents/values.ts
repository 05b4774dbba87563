// How form values read on paper and in spreadsheets.

/** "2026-03-20" → "2026年3月20日", the form's 年 月 日. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** Numbers as entered (at most 2 decimals by the form's rule), without exponent notation. */
export function formatNumber(value: unknown): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value);
}

/** The label with its unit in （）, unless the printed label already names it. */
export function labelWithUnit(field: { label: string; unit?: string }): string {
  return field.unit && !field.label.includes(field.unit) ? `${field.label}（${field.unit}）` : field.label;
}
