import { Alert } from '@mui/material';
import { useCallback } from 'react';
import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, useLocaleState, useNotify, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { ANNUAL_REPORT_EDITABLE_STATES, type AnnualReportRecord as SharedAnnualReport } from '@sme-cluster/rules';
import { errorNotice } from '../common/serverMessage';
import { AnnualReportInputs } from './AnnualReportInputs';
import { actualsToSend, metricsWithDefaults, validateAnnualReport } from './annualFigures';

/** The server's annual report, as react-admin holds records. */
export type AnnualReportRecord = SharedAnnualReport & RaRecord;

/** The inputs hold every printed row, whatever the server stored so far. */
const withDefaults = (record: AnnualReportRecord): AnnualReportRecord => ({ ...record, metrics: metricsWithDefaults(record.metrics, record.year) });

/**
 * A draft save sends the four sections whole (the server replaces each section it gets, so the
 * values the console does not show, e.g. the form's texts, travel back unchanged) with the version read.
 */
export const toDraftSave = (data: AnnualReportRecord, previous: AnnualReportRecord) => ({
  metrics: data.metrics,
  targetActuals: actualsToSend(data.targetActuals),
  narrative: data.narrative || null,
  version: previous.version,
});

/** Only a draft changes; a submitted report is on record (the server answers 409). */
const DraftToolbar = () => {
  const record = useRecordContext<AnnualReportRecord>();
  if (!record || !ANNUAL_REPORT_EDITABLE_STATES.includes(record.status)) return null;
  return (
    <Toolbar>
      <SaveButton label="resources.applications.actions.saveDraft" />
      <ShowButton sx={{ ml: 2 }} />
    </Toolbar>
  );
};

const SubmittedNotice = () => {
  const record = useRecordContext<AnnualReportRecord>();
  const translate = useTranslate();
  return record?.status === 'submitted' ? <Alert severity="info">{translate('resources.annual-reports.submittedNotice')}</Alert> : null;
};

export const AnnualReportEdit = () => {
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const validate = useCallback(
    (values: { metrics?: unknown; targetActuals?: unknown; narrative?: unknown }) =>
      validateAnnualReport(values, locale, translate('resources.annual-reports.narrativeTooLong')),
    [locale, translate],
  );
  return (
    <Edit<AnnualReportRecord>
      mutationMode="pessimistic"
      redirect="show"
      queryOptions={{ select: withDefaults }}
      transform={(data, options) => toDraftSave(data, (options?.previousData ?? data) as AnnualReportRecord)}
      mutationOptions={{
        onSuccess: () => notify('resources.applications.notifications.draftSaved', { type: 'success' }),
        onError: (error) => {
          if ((error as { status?: number }).status === 409) return notify('sme.action.stale', { type: 'error', autoHideDuration: 10000 });
          const message = errorNotice(error, locale);
          if (message) notify(message, { type: 'error' });
        },
      }}
    >
      <SimpleForm toolbar={<DraftToolbar />} validate={validate} mode="onChange" reValidateMode="onChange">
        <SubmittedNotice />
        <YearInputs />
      </SimpleForm>
    </Edit>
  );
};

/** The year is the record's: fixed once the report exists. */
const YearInputs = () => {
  const record = useRecordContext<AnnualReportRecord>();
  return <AnnualReportInputs year={record?.year} />;
};
