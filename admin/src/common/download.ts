import { HttpError } from 'react-admin';
import { session } from '../session';

/** The server's refusal (4xx/5xx) as react-admin's error, with its message in both languages. */
export async function refusalOf(response: Response): Promise<HttpError> {
  const body = await response.json().catch(() => undefined);
  return new HttpError(body?.error?.message ?? response.statusText, response.status, body);
}

/** Hands a file over to the browser to save under `name`. */
export function saveFile(file: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Fetches a file the server generates (xlsx, pdf, zip) with the session's token and saves it. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const token = session.token();
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw await refusalOf(response);
  // The server names the file (Content-Disposition, RFC 5987 for Chinese names).
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (/filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName);
  saveFile(await response.blob(), name);
}
