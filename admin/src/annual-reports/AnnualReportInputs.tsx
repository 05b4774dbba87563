import { Box, Typography } from '@mui/material';
import { callYearOfReport, NARRATIVE_MAX_CHARS, type FieldNode } from '@sme-cluster/rules';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { NumberInput, useTranslate } from 'react-admin';
import { targetActualLabel } from '@sme-cluster/rules';
import { FieldInput } from '../applications/form/FieldInput';
import { ApplicationFormContext } from '../applications/form/FormContext';
import { FiguresTable } from './FiguresTable';
import { TargetActualsTable } from './TargetActualsTable';

// The narrative is not a field of the form, but it is typed like one of its texts: the form's
// input gives it the same counter.
const narrativeField = { node: 'field', label: '', required: 'no', value: { type: 'text', maxChars: NARRATIVE_MAX_CHARS } } as unknown as FieldNode;

/**
 * The figures of the report year, each with the application form's own input (numbers, "无"),
 * then the narrative. `year` is the report year (the create form watches its year input).
 */
export const AnnualReportInputs = ({ year }: { year?: number }) => {
  const translate = useTranslate();
  const watchedYear = useWatch({ name: 'year' }) as number | undefined;
  const reportYear = year ?? (Number(watchedYear) || undefined);
  const settings = useMemo(() => ({ callYear: callYearOfReport(reportYear ?? new Date().getFullYear() - 1), readOnly: false }), [reportYear]);
  return (
    <ApplicationFormContext.Provider value={settings}>
      <Box sx={{ width: '100%' }}>
        <Typography variant="h6" gutterBottom>
          {translate('resources.annual-reports.figures')}
        </Typography>
        <FiguresTable year={reportYear} cell={(figure) => <FieldInput field={figure.field} source={figure.source} label={false} compact />} />
        <Typography variant="h6" sx={{ mt: 3 }} gutterBottom>
          {translate('resources.annual-reports.targetActuals')}
        </Typography>
        <TargetActualsTable
          year={reportYear}
          cell={(indicator) => (
            <NumberInput
              source={`targetActuals.${indicator}`}
              label={false}
              inputProps={{ 'aria-label': targetActualLabel(indicator) }}
              step={0.01}
              sx={{ width: 160 }}
            />
          )}
        />
        <Typography variant="h6" sx={{ mt: 3 }} gutterBottom>
          {translate('resources.annual-reports.fields.narrative')}
        </Typography>
        <FieldInput field={narrativeField} source="narrative" label={translate('resources.annual-reports.narrativeHint')} />
      </Box>
    </ApplicationFormContext.Provider>
  );
};
