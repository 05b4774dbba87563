import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * The outcome of the hard-criteria re-evaluation made on submission: known only once submitted
 * (a draft shows nothing). Failing it puts a revocation ground on record, hence the red.
 */
export const MeetsCriteriaField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ meetsCriteria?: boolean | null }>();
  const translate = useTranslate();
  if (record?.meetsCriteria === null || record?.meetsCriteria === undefined) return null;
  return record.meetsCriteria ? (
    <Chip size="small" color="success" label={translate('resources.annual-reports.meets')} />
  ) : (
    <Chip size="small" color="error" label={translate('sme.revocationGround.no_longer_meets_criteria')} />
  );
};
