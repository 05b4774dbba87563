import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { localizedServerMessage } from '../common/serverMessage';

interface ChangeSummary {
  name: string;
  fromState: string;
  toState: string;
  comment: string;
}

interface JobRunDetails {
  changes?: ChangeSummary[];
  wouldChange?: ChangeSummary[];
  omitted?: number;
}

/**
 * What a run changed, or for a dry run what it would change: the point of a dry run is to read this
 * list before running the job for real.
 */
export const JobRunChanges = () => {
  const record = useRecordContext<{ dryRun: boolean; details: JobRunDetails | null }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const changes = (record.dryRun ? record.details?.wouldChange : record.details?.changes) ?? [];
  const title = translate(record.dryRun ? 'sme.jobChanges.wouldChange' : 'sme.jobChanges.changed');
  if (!changes.length) return <Typography color="text.secondary">{translate('sme.jobChanges.none')}</Typography>;
  return (
    <Table size="small" aria-label={title}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('sme.jobChanges.cluster')}</TableCell>
          <TableCell>{translate('sme.jobChanges.transition')}</TableCell>
          <TableCell>{translate('sme.jobChanges.comment')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {/* Runs recorded before a change named its record kept only the cluster's id: the row's place is its key. */}
        {changes.map((change, index) => (
          <TableRow key={`${index}-${change.name}`}>
            <TableCell>{change.name}</TableCell>
            <TableCell>
              {change.fromState === change.toState
                ? translate(`sme.status.${change.fromState}`)
                : `${translate(`sme.status.${change.fromState}`)} → ${translate(`sme.status.${change.toState}`)}`}
            </TableCell>
            <TableCell>{localizedServerMessage(change.comment, locale)}</TableCell>
          </TableRow>
        ))}
        {record.details?.omitted ? (
          <TableRow>
            <TableCell colSpan={3}>{translate('sme.jobChanges.omitted', { count: record.details.omitted })}</TableCell>
          </TableRow>
        ) : null}
      </TableBody>
    </Table>
  );
};
