import { Alert, Stack } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/DateField';

interface DecisionRecord {
  status?: string;
  decisionComment?: string | null;
  publicNoticeStartsOn?: string | null;
  publicNoticeEndsOn?: string | null;
  objectionOpen?: boolean;
  objectionContact?: string | null;
}

/**
 * What the last decision said and when the 公示 runs: the county must read why its application was
 * returned before correcting it, and the province when the 公示 ends before recognizing.
 */
export const DecisionNotices = () => {
  const record = useRecordContext<DecisionRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const reason = record.decisionComment?.trim();
  const notices = [];
  if (reason && (record.status === 'returned' || record.status === 'rejected')) {
    notices.push(
      <Alert key="reason" severity={record.status === 'returned' ? 'warning' : 'error'} data-testid="decision-reason">
        {translate(`sme.decision.${record.status}`, { reason })}
      </Alert>,
    );
  }
  if (record.objectionOpen) {
    notices.push(
      <Alert key="objection" severity="warning" data-testid="objection-open">
        {translate('sme.decision.objection', { reason: reason ?? '' })}
      </Alert>,
    );
  }
  if (record.status === 'public_notice' && record.publicNoticeStartsOn && record.publicNoticeEndsOn) {
    notices.push(
      <Alert key="notice" severity="info" data-testid="public-notice-period">
        {translate('sme.decision.publicNotice', {
          startsOn: formatDate(record.publicNoticeStartsOn, locale),
          endsOn: formatDate(record.publicNoticeEndsOn, locale),
        })}
        <div data-testid="objection-contact">
          {translate('sme.decision.objectionContact', { contact: record.objectionContact ?? translate('sme.decision.noObjectionContact') })}
        </div>
      </Alert>,
    );
  }
  return notices.length ? (
    <Stack gap={1} sx={{ mb: 2 }}>
      {notices}
    </Stack>
  ) : null;
};
