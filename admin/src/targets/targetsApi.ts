/** Figures as typed: at most the decimals they carry (a path value to 4), blanks as "—". */
export const figure = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(value));
