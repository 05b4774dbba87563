import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * The outcome of the hard-criteria re-evaluation made on submission: known only once submitted
 * (a draft shows nothing). Failing it puts a revocation proposal on record, hence the red; figures
 * that cannot decide a criterion show nothing either way, hence the amber.
 */
export const MeetsCriteriaField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ meetsCriteria?: boolean | null; failedRules?: string[] }>();
  const translate = useTranslate();
  if (record?.meetsCriteria === null || record?.meetsCriteria === undefined) return null;
  if (record.meetsCriteria) return <Chip size="small" color="success" label={translate('resources.annual-reports.meets')} />;
  return record.failedRules?.length ? (
    <Chip size="small" color="error" label={translate('sme.revocationGround.no_longer_meets_criteria')} />
  ) : (
    <Chip size="small" color="warning" label={translate('resources.annual-reports.incomplete')} />
  );
};
