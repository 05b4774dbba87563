import { useState } from 'react';
import { useLocaleState, useNotify, useRefresh } from 'react-admin';
import { apiUrl, httpClient } from '../httpClient';
import { errorNotice } from './serverMessage';

/**
 * A one-click request of a button (evaluate, run a job, publish): the button is disabled while it
 * runs, a refusal is shown in the server's own words in the console's language, and after success
 * the page reloads what the request changed.
 */
export function useServerAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [pending, setPending] = useState(false);

  /** Runs `work`, showing why it failed if it does. */
  const attempt = async (work: () => Promise<void>) => {
    setPending(true);
    try {
      await work();
    } catch (error) {
      notify(errorNotice(error, locale) ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  /** POSTs `body` to `path` under /api; `done` is the message key shown on success. */
  const post = (path: string, body: unknown, done: string) =>
    attempt(async () => {
      await httpClient(`${apiUrl}/${path}`, { method: 'POST', body: JSON.stringify(body) });
      notify(done, { type: 'success' });
      refresh();
    });

  return { pending, post, attempt };
}
