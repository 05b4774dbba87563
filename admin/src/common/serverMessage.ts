import type { HttpError } from 'react-admin';

/**
 * The server words its refusals (409, 422) as "中文 / English" in one message: show the half in
 * the console's language.
 */
export function localizedServerMessage(message: string, locale: string): string {
  // Some messages close their Chinese half with a full-width bracket and no space before the slash.
  const separator = /\s*\/\s+/.exec(message);
  if (!separator) return message;
  return locale.startsWith('zh') ? message.slice(0, separator.index) : message.slice(separator.index + separator[0].length);
}

/** The message to show for a failed request, or undefined when the form already shows field errors. */
export function errorNotice(error: unknown, locale: string): string | undefined {
  const httpError = error as HttpError | undefined;
  const fieldErrors = (httpError?.body as { errors?: object } | undefined)?.errors;
  if (httpError?.status === 400 && fieldErrors && Object.keys(fieldErrors).length) return undefined;
  return httpError?.message ? localizedServerMessage(httpError.message, locale) : 'ra.notification.http_error';
}
