import SendIcon from '@mui/icons-material/Send';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { errorNotice } from '../common/serverMessage';
import { annualReportLifecycle, mayStart } from '@sme-cluster/rules';
import { canAccess } from '../permissions';
import { session } from '../session';
import type { AnnualReportRecord } from './AnnualReportEdit';

/** Who may submit this report now: the lifecycle's `submit` (the city, from a draft) within the caller's region. */
export const canSubmitReport = (record: AnnualReportRecord | undefined) => {
  const user = session.user();
  return Boolean(
    user &&
    record &&
    mayStart(annualReportLifecycle, user.role, 'submit', record.status) &&
    canAccess(user, { action: 'edit', resource: 'annual-reports', record }),
  );
};

/**
 * 报送: submits the stored draft (`PUT {submit: true, version}`). The server re-evaluates the hard
 * criteria; a failing report is on record as 不再符合认定标准, so the result is said at once.
 */
export const SubmitReportButton = () => {
  const record = useRecordContext<AnnualReportRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate<AnnualReportRecord>();
  if (!record || !canSubmitReport(record)) return null;
  const submit = () =>
    update(
      'annual-reports',
      { id: record.id, data: { submit: true, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: (submitted) => {
          setOpen(false);
          const outcome = submitted.meetsCriteria !== false ? 'submittedOk' : submitted.failedRules.length ? 'submittedFailing' : 'submittedIncomplete';
          notify(`resources.annual-reports.${outcome}`, {
            type: outcome === 'submittedOk' ? 'success' : 'warning',
            autoHideDuration: 10000,
          });
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          const status = (error as { status?: number }).status;
          notify(status === 409 ? 'sme.action.stale' : (errorNotice(error, locale) ?? 'ra.notification.http_error'), {
            type: 'error',
            autoHideDuration: 10000,
          });
        },
      },
    );
  return (
    <>
      <Button variant="contained" size="small" startIcon={<SendIcon />} onClick={() => setOpen(true)}>
        {translate('resources.annual-reports.actions.submit')}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.annual-reports.actions.submit"
        content={translate('resources.annual-reports.confirmSubmit', { name: record.clusterName ?? '', year: record.year })}
        onConfirm={submit}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
