import { Button, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { apiUrl, httpClient } from '../httpClient';
import { ReasonDialog } from './ReasonDialog';
import { errorNotice } from './serverMessage';

export interface ActionDialogButtonProps {
  /** The action key sent to the server. */
  action: string;
  /** Where the action goes, under /api, e.g. `applications/abc/transitions`. */
  path: string;
  label: string;
  /** The question of the confirm dialog. */
  question: string;
  /** Decisions against the declarant carry their reason; the server refuses them without one. */
  reasonRequired: boolean;
  /** Drawn as a warning (return, reject, revoke …) rather than as the main action. */
  negative?: boolean;
  /** A ground to choose (a revocation's Art. 20 case), sent as `ground`. */
  grounds?: { id: string; name: string }[];
  /** Shows a refusal its own way (a submission's missing fields); returns false to leave it to the usual notice. */
  onRefused?: (error: unknown) => boolean;
}

/** One decision: a confirm dialog with a comment (and a ground where one is needed), then a POST with the version read. */
export const ActionDialogButton = ({ action, path, label, question, reasonRequired, negative = false, grounds, onRefused }: ActionDialogButtonProps) => {
  const record = useRecordContext<{ id: string; version?: number }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [ground, setGround] = useState('');
  const [sending, setSending] = useState(false);
  if (!record) return null;

  const confirm = async () => {
    setSending(true);
    try {
      await httpClient(`${apiUrl}/${path}`, {
        method: 'POST',
        body: JSON.stringify({ action, comment: comment.trim(), version: record.version, ...(grounds ? { ground } : {}) }),
      });
      notify('sme.action.done', { type: 'success', messageArgs: { action: label } });
      setOpen(false);
      setComment('');
      refresh();
    } catch (error) {
      if (onRefused?.(error)) {
        setOpen(false);
        return;
      }
      const status = (error as { status?: number }).status;
      notify(status === 409 ? 'sme.action.stale' : (errorNotice(error, locale) ?? 'ra.notification.http_error'), { type: 'error', autoHideDuration: 10000 });
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button variant={negative ? 'outlined' : 'contained'} color={negative ? 'warning' : 'primary'} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ReasonDialog
        id={`action-${action}`}
        label={label}
        question={question}
        open={open}
        sending={sending}
        reasonRequired={reasonRequired}
        comment={comment}
        onComment={setComment}
        ready={grounds === undefined || Boolean(ground)}
        onClose={() => setOpen(false)}
        onConfirm={confirm}
      >
        {grounds && (
          <TextField
            select
            label={translate('sme.action.ground')}
            value={ground}
            onChange={(event) => setGround(event.target.value)}
            required
            fullWidth
            sx={{ mb: 2 }}
          >
            {grounds.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </TextField>
        )}
      </ReasonDialog>
    </>
  );
};
