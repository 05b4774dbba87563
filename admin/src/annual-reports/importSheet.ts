import { HttpError } from 'react-admin';
import { apiUrl } from '../httpClient';
import { session } from '../session';

/** One wrong cell of an uploaded sheet, as the server reports it (`error.details.errors`). */
export interface CellError {
  row: number;
  column: string;
  header: string;
  path: string;
  message: { zh: string; en: string };
}

export interface ImportResult {
  year: number;
  mode: ImportMode;
  imported: { row: number; clusterName: string; annualReportId: string; created: boolean }[];
  skipped: { row: number; clusterName: string; errors: CellError[] }[];
  blank: number[];
}

export type ImportMode = 'all' | 'validOnly';

/** A refused file: nothing was written; `errors` says where (row, column, header) and why. */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly errors: CellError[],
  ) {
    super(message);
  }
}

/**
 * `POST /api/annual-reports/import?year=&mode=` with the file as multipart `file`. Sent with fetch
 * rather than the data provider's client: that one folds a 400's errors into form-field messages
 * and would lose the row, column and header this table needs.
 */
export async function importSheet(file: File, year: number, mode: ImportMode): Promise<ImportResult> {
  const body = new FormData();
  body.append('file', file);
  const token = session.token();
  const response = await fetch(`${apiUrl}/annual-reports/import?year=${year}&mode=${mode}`, {
    method: 'POST',
    body,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const json = await response.json().catch(() => undefined);
  if (response.ok) return json as ImportResult;
  const error = json?.error as { message?: string; details?: { errors?: CellError[] } } | undefined;
  const errors = (error?.details?.errors ?? []).filter((cell): cell is CellError => typeof cell.row === 'number');
  if (response.status === 400 && errors.length) throw new ImportRefused(error?.message ?? response.statusText, errors);
  throw new HttpError(error?.message ?? response.statusText, response.status, json);
}
