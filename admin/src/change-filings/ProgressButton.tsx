import { Button } from '@mui/material';
import { useLocaleState, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { changeFilingStepOf } from '@sme-cluster/rules';
import { errorNotice } from '../common/serverMessage';
import { session } from '../session';

/** The caller's one step on a change filing (the city forwards, the province acknowledges); says whether it went through. */
export const ProgressButton = () => {
  const record = useRecordContext<{ id: string; status: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [update, { isPending }] = useUpdate();
  const role = session.user()?.role;
  const step = role && changeFilingStepOf(role);
  if (!record || !step || record.status !== step.from) return null;
  const label = translate(`resources.change-filings.actions.${step.to}`);
  return (
    <Button
      size="small"
      variant="outlined"
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        update(
          'change-filings',
          { id: record.id, data: { status: step.to }, previousData: record },
          {
            mutationMode: 'pessimistic',
            onSuccess: () => notify('sme.action.done', { type: 'success', messageArgs: { action: label } }),
            onError: (error) => notify(errorNotice(error, locale) ?? 'ra.notification.http_error', { type: 'error' }),
          },
        );
      }}
    >
      {label}
    </Button>
  );
};
