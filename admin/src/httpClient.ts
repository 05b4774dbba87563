import { fetchUtils, HttpError } from 'react-admin';
import { i18nProvider } from './i18n';
import { session } from './session';

/** A message the server localises itself, e.g. a field validation error. */
type ServerMessage = string | { zh: string; en: string };

interface StrapiErrorBody {
  error?: {
    status?: number;
    name?: string;
    message?: string;
    details?: { errors?: { path: string | string[]; message: ServerMessage }[] };
  };
}

export interface HttpClientOptions {
  getToken: () => string | null;
  /** The console's current locale, e.g. 'zh-CN' or 'en'. */
  getLocale: () => string;
}

export type HttpClient = (url: string, options?: fetchUtils.Options) => ReturnType<typeof fetchUtils.fetchJson>;

const pickLocale = (message: ServerMessage, locale: string) => (typeof message === 'string' ? message : locale.startsWith('zh') ? message.zh : message.en);

/**
 * Strapi's error body → the shape react-admin reads: `body.errors` keyed by
 * field path makes the form show each message under its input.
 */
export function toReactAdminError(error: HttpError, locale: string): HttpError {
  const strapiError = (error.body as StrapiErrorBody | undefined)?.error;
  if (!strapiError) return error;
  const message = strapiError.message ?? error.message;
  const fieldErrors = strapiError.details?.errors ?? [];
  if (error.status !== 400 || fieldErrors.length === 0) {
    return new HttpError(message, error.status, error.body);
  }
  const errors: Record<string, string> = {};
  for (const { path, message: fieldMessage } of fieldErrors) {
    errors[Array.isArray(path) ? path.join('.') : path] = pickLocale(fieldMessage, locale);
  }
  return new HttpError(message, error.status, { errors });
}

/** fetchJson with the session's Bearer token, shared by data and auth calls. */
export function createHttpClient({ getToken, getLocale }: HttpClientOptions): HttpClient {
  return async (url, options = {}) => {
    const token = getToken();
    try {
      return await fetchUtils.fetchJson(url, {
        ...options,
        user: options.user ?? (token ? { authenticated: true, token: `Bearer ${token}` } : undefined),
      });
    } catch (error) {
      throw error instanceof HttpError ? toReactAdminError(error, getLocale()) : error;
    }
  };
}

/** Strapi serves the console, so the API is on the same origin. */
export const apiUrl = `${window.location.origin}/api`;

// Server validation messages come in both languages; pick the one on screen.
export const httpClient = createHttpClient({ getToken: session.token, getLocale: () => i18nProvider.getLocale() });
