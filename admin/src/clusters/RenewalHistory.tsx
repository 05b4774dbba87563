import { Accordion, AccordionDetails, AccordionSummary, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Labeled, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Renewal } from '@sme-cluster/rules';
import { formatDate } from '../common/DateField';
import { RuleReport } from '../applications/RulePanel';

/**
 * What a re-review request carried: how much of its form came pre-filled and the rules engine's report
 * on it, which the city and the province read before they decide.
 */
const RenewalData = ({ renewal, open }: { renewal: Renewal; open: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const data = renewal.data;
  if (!data) return null;
  const { filled, total } = data.prefilled;
  return (
    <Accordion defaultExpanded={open} disableGutters variant="outlined">
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography>{translate('sme.renewal.dataTitle', { date: formatDate(renewal.requestedOn, locale) })}</Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {translate('sme.renewal.prefilled', { filled, total, share: total ? Math.floor((filled / total) * 100) : 0 })}
        </Typography>
        <RuleReport report={data.report} />
      </AccordionDetails>
    </Accordion>
  );
};

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
        <Stack spacing={1}>
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
          {renewals.map((renewal, index) => (
            <RenewalData key={renewal.requestedOn} renewal={renewal} open={index === renewals.length - 1} />
          ))}
        </Stack>
      ) : (
        <Typography color="text.secondary">{translate('sme.renewal.none')}</Typography>
      )}
    </Labeled>
  );
};
