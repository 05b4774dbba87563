import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * One year's indicators of an annual report as a table (indicator, unit, the report year): the
 * figures of sections 二–五 and the plan's target actuals read alike, on the show page with the
 * stored values and on the edit page with inputs.
 */
export const YearTable = ({ label, year, children }: { label: string; year: number | null | undefined; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.applications.form.indicator')}</TableCell>
            <TableCell>{translate('resources.applications.form.unit')}</TableCell>
            <TableCell align="center" sx={{ minWidth: 200 }}>
              {year ? translate('resources.applications.form.year', { year }) : translate('resources.annual-reports.fields.year')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </TableContainer>
  );
};

export const IndicatorRow = ({ testId, label, unit, children }: { testId: string; label: string; unit?: string; children: ReactNode }) => (
  <TableRow data-testid={testId}>
    <TableCell sx={{ minWidth: 280 }}>{label}</TableCell>
    <TableCell sx={{ whiteSpace: 'nowrap' }}>{unit}</TableCell>
    <TableCell align="center">{children}</TableCell>
  </TableRow>
);
