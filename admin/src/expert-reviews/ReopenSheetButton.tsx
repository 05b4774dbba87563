import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { SCORING_APPLICATION_STATE, actionsFrom, expertReviewLifecycle, expertReviewStateOf } from '@sme-cluster/rules';
import { errorNotice } from '../common/serverMessage';
import { apiUrl, httpClient } from '../httpClient';
import { canAccess } from '../permissions';
import { session } from '../session';
import type { ScoreSheetRecord } from './scoreSheetModel';

/** 重新开放: the province reopens a submitted sheet from the list's row, with its reason, while the application is in its review. */
export const ReopenSheetButton = () => {
  const record = useRecordContext<ScoreSheetRecord & { applicationStatus?: string | null }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const user = session.user();
  if (!record || !user || record.applicationStatus !== SCORING_APPLICATION_STATE) return null;
  if (!canAccess(user, { action: 'transition', resource: 'expert-reviews' })) return null;
  if (!actionsFrom(expertReviewLifecycle, user.role, expertReviewStateOf(record)).includes('reopen')) return null;
  const reopen = () =>
    httpClient(`${apiUrl}/expert-reviews/${record.id}/actions`, { method: 'POST', body: JSON.stringify({ action: 'reopen', comment: reason.trim() }) })
      .then(() => {
        notify('resources.expert-reviews.reopened', { type: 'success' });
        setOpen(false);
        refresh();
      })
      .catch((error) => notify(errorNotice(error, locale) ?? 'ra.notification.http_error', { type: 'error' }));
  if (!open)
    return (
      <Button size="small" color="warning" sx={{ mt: 1 }} onClick={() => setOpen(true)}>
        {translate('resources.expert-reviews.reopen')}
      </Button>
    );
  return (
    <Stack direction="row" gap={1} alignItems="center" sx={{ mt: 1 }}>
      <TextField size="small" required label={translate('resources.expert-reviews.reopenReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button variant="contained" color="warning" disabled={!reason.trim()} onClick={() => void reopen()}>
        {translate('resources.expert-reviews.reopenConfirm')}
      </Button>
      <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
    </Stack>
  );
};
