import { Alert } from '@mui/material';
import { nextReportFigures, type AnnualMetrics } from '@sme-cluster/rules';
import { useEffect, useState } from 'react';
import { useGetList, useGetOne, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { metricsWithDefaults } from './annualFigures';

/**
 * A new report starts from the cluster's last one (Art. 19 asks the same figures every year): once a
 * cluster and a year are chosen, the figures are laid out from the latest earlier report, unless the
 * official has already typed some, and the page says which report they came from.
 */
export const PrefillFromLast = () => {
  const translate = useTranslate();
  const { setValue, getFieldState } = useFormContext();
  const clusterId = useWatch({ name: 'clusterId' }) as string | undefined;
  const year = Number(useWatch({ name: 'year' })) || undefined;
  const { data: reports } = useGetList(
    'annual-reports',
    { filter: { clusterId }, sort: { field: 'year', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: Boolean(clusterId && year) },
  );
  const lastId = reports?.find((report) => year !== undefined && report.year < year)?.id;
  const { data: last } = useGetOne<{ id: string; year: number; metrics?: AnnualMetrics }>('annual-reports', { id: lastId }, { enabled: lastId !== undefined });
  const [applied, setApplied] = useState<string | null>(null);
  const key = last && year ? `${last.id}:${year}` : null;
  useEffect(() => {
    if (!key || !last?.metrics || !year || applied === key || getFieldState('metrics').isDirty) return;
    setApplied(key);
    setValue('metrics', metricsWithDefaults(nextReportFigures({ reportYear: last.year, metrics: last.metrics }, year), year));
  }, [key, last, year, applied, setValue, getFieldState]);
  if (!last || applied !== key) return null;
  return (
    <Alert severity="info" sx={{ width: '100%', mb: 2 }}>
      {translate('resources.annual-reports.prefilledFrom', { year: last.year, reportYear: year })}
    </Alert>
  );
};
