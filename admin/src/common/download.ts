import { HttpError } from 'react-admin';
import { session } from '../session';

/** Fetches a file the server generates (xlsx, pdf, zip) with the session's token and saves it. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const token = session.token();
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw new HttpError(body?.error?.message ?? response.statusText, response.status, body);
  }
  // The server names the file (Content-Disposition, RFC 5987 for Chinese names).
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (/filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}
