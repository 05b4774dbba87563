import { useCallback, useMemo } from 'react';
import {
  AutocompleteInput,
  Create,
  NumberInput,
  ReferenceInput,
  SimpleForm,
  maxValue,
  minValue,
  required,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { IN_EFFECT_STATUSES } from '@sme-cluster/rules';
import { errorNotice } from '../common/serverMessage';
import { session } from '../session';
import { AnnualReportInputs } from './AnnualReportInputs';
import { PrefillFromLast } from './PrefillFromLast';
import { actualsToSend, metricsWithDefaults, validateAnnualReport } from './annualFigures';

/** Reports are due by 10 March for the year before: that is the year a city usually files. */
const lastYear = () => new Date().getFullYear() - 1;

/** Changing the year re-labels the year rows so that the report year stays the last one. */
const YearInput = () => {
  const { getValues, setValue } = useFormContext();
  return (
    <NumberInput
      source="year"
      validate={[required(), minValue(2020), maxValue(2100)]}
      step={1}
      onChange={(event) => {
        const year = Number(event.target.value);
        if (year >= 2020 && year <= 2100) setValue('metrics', metricsWithDefaults(getValues('metrics'), year));
      }}
    />
  );
};

export const AnnualReportCreate = () => {
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const prefectureCode = session.user()?.region?.prefectureCode;
  const defaultValues = useMemo(() => ({ year: lastYear(), metrics: metricsWithDefaults({}, lastYear()) }), []);
  const validate = useCallback(
    (values: { metrics?: unknown; targetActuals?: unknown; narrative?: unknown }) =>
      validateAnnualReport(values, locale, translate('resources.annual-reports.narrativeTooLong')),
    [locale, translate],
  );
  return (
    <Create
      redirect="show"
      transform={(data: { clusterId: string; year: number; metrics?: unknown; targetActuals?: unknown; narrative?: string }) => ({
        clusterId: data.clusterId,
        year: Number(data.year),
        metrics: data.metrics,
        targetActuals: actualsToSend(data.targetActuals),
        narrative: data.narrative || null,
      })}
      mutationOptions={{
        onError: (error) => {
          // 409: this cluster already has a report for that year; the server says so in both languages.
          const message = errorNotice(error, locale);
          if (message) notify(message, { type: 'error', autoHideDuration: 10000 });
        },
      }}
    >
      <SimpleForm defaultValues={defaultValues} validate={validate} mode="onChange" reValidateMode="onChange">
        <ReferenceInput
          source="clusterId"
          reference="clusters"
          filter={{ status: IN_EFFECT_STATUSES, ...(prefectureCode ? { prefectureCode } : {}) }}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
        <YearInput />
        <PrefillFromLast />
        <AnnualReportInputs />
      </SimpleForm>
    </Create>
  );
};
