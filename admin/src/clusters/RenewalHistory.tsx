import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Renewal } from '@sme-cluster/rules';
import { formatDate } from '../common/DateField';

/** The cluster's re-review (复核) requests: when and why the county asked, the city's opinion, the province's decision. */
export const RenewalHistory = () => {
  const record = useRecordContext<{ renewals?: Renewal[] }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const renewals = record?.renewals ?? [];
  const title = translate('sme.renewal.title');
  return (
    <Labeled label={title}>
      {renewals.length ? (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('sme.renewal.requestedOn')}</TableCell>
              <TableCell>{translate('sme.renewal.outcome')}</TableCell>
              <TableCell>{translate('sme.renewal.forwardedOn')}</TableCell>
              <TableCell>{translate('sme.renewal.cityOpinion')}</TableCell>
              <TableCell>{translate('sme.renewal.decidedOn')}</TableCell>
              <TableCell>{translate('sme.renewal.validUntil')}</TableCell>
              <TableCell>{translate('sme.renewal.comment')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {renewals.map((renewal) => (
              <TableRow key={renewal.requestedOn}>
                <TableCell>{formatDate(renewal.requestedOn, locale)}</TableCell>
                <TableCell>{translate(`sme.renewalOutcome.${renewal.outcome}`)}</TableCell>
                <TableCell>{formatDate(renewal.forwardedOn, locale) || '—'}</TableCell>
                <TableCell>{renewal.cityOpinion || '—'}</TableCell>
                <TableCell>{formatDate(renewal.decidedOn, locale) || '—'}</TableCell>
                <TableCell>
                  {renewal.newValidUntil
                    ? `${formatDate(renewal.previousValidUntil, locale)} → ${formatDate(renewal.newValidUntil, locale)}`
                    : formatDate(renewal.previousValidUntil, locale) || '—'}
                </TableCell>
                <TableCell>{renewal.comment || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography color="text.secondary">{translate('sme.renewal.none')}</Typography>
      )}
    </Labeled>
  );
};
