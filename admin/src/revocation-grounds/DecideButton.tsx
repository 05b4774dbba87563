import { Button } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import type { RevocationDecision } from '@sme-cluster/rules';
import { apiUrl, httpClient } from '../httpClient';
import { ReasonDialog } from '../common/ReasonDialog';
import { errorNotice } from '../common/serverMessage';

interface DecisionResult {
  id: string;
  outcome: 'done' | 'refused';
}

/**
 * 确认撤销 / 不予撤销 on one proposal or on every selected one: a dialog asks the reason, the server
 * decides each on its own and answers what each did, which the notice sums up.
 */
export const DecideButton = ({ decision, ids }: { decision: RevocationDecision; ids: string[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('revocation-grounds');
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const label = translate(`resources.revocation-grounds.actions.${decision}`);
  const confirm = async () => {
    setSending(true);
    try {
      const { json } = await httpClient(`${apiUrl}/revocation-grounds/decisions`, {
        method: 'POST',
        body: JSON.stringify({ ids, decision, comment: comment.trim() }),
      });
      const results = (json as { results: DecisionResult[] }).results;
      const refused = results.filter((result) => result.outcome === 'refused').length;
      notify('resources.revocation-grounds.decided', { type: refused ? 'warning' : 'success', messageArgs: { done: results.length - refused, refused } });
      setOpen(false);
      setComment('');
      unselectAll();
      refresh();
    } catch (error) {
      notify(errorNotice(error, locale) ?? 'ra.notification.http_error', { type: 'error', autoHideDuration: 10000 });
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <Button
        variant={decision === 'confirm' ? 'contained' : 'outlined'}
        color={decision === 'confirm' ? 'warning' : 'primary'}
        size="small"
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      <ReasonDialog
        id={`decide-${decision}`}
        label={label}
        question={translate('resources.revocation-grounds.question', { smart_count: ids.length, action: label })}
        open={open}
        sending={sending}
        reasonRequired
        comment={comment}
        onComment={setComment}
        onClose={() => setOpen(false)}
        onConfirm={confirm}
      />
    </>
  );
};
