import type { Exporter, RaRecord } from 'react-admin';
import { i18nProvider } from '../i18n';

export interface ExportColumn<R extends RaRecord = RaRecord> {
  source: keyof R & string;
  /** How a value reads in the sheet, e.g. a status key as its label. */
  format?: (value: unknown, record: R, translate: (key: string) => string) => unknown;
}

const escapeCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Builds the CSV text: a header row of column labels, then one row per record. */
export function toCsv(rows: unknown[][]): string {
  return rows.map((row) => row.map(escapeCell).join(',')).join('\r\n');
}

/** Status-like keys (status, verdict …) as the labels people read on screen. */
export const vocabulary = (name: string) => (value: unknown, _record: unknown, translate: (key: string) => string) =>
  value ? translate(`sme.${name}.${value}`) : '';

/**
 * Exports what the list's filter shows as CSV with a UTF-8 byte-order mark, so Excel opens the
 * Chinese text correctly; headers are the column labels in the console's language.
 */
export function csvExporter<R extends RaRecord>(resource: string, columns: ExportColumn<R>[]): Exporter<R> {
  return async (records, fetchRelatedRecords) => {
    const translate = (key: string) => i18nProvider.translate(key, { _: key }) as string;
    const regionCodes = columns.filter((column) => /Code$/.test(column.source)).map((column) => column.source);
    const regions = regionCodes.length ? await Promise.all(regionCodes.map((source) => fetchRelatedRecords(records, source, 'regions'))) : [];
    const regionName = (code: unknown) => regions.map((found) => found[code as string]?.name).find(Boolean) ?? code;
    const header = columns.map((column) => translate(`resources.${resource}.fields.${column.source}`));
    const body = records.map((record) =>
      columns.map((column) => {
        const value = record[column.source];
        if (column.format) return column.format(value, record, translate);
        return regionCodes.includes(column.source) ? regionName(value) : value;
      }),
    );
    const blob = new Blob(['\ufeff', toCsv([header, ...body])], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${translate(`resources.${resource}.name`).split(' |||| ')[0]}-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
}
