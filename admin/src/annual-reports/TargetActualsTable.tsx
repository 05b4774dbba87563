import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { TARGET_INDICATOR_INFO, TARGET_INDICATORS, type TargetIndicator } from '@sme-cluster/rules';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * The year's actual values of the plan's seven target indicators (Art. 5 跟踪监测), named and
 * measured as the form's target table names them; the show page passes the stored value as the
 * cell, the edit page an input.
 */
export const TargetActualsTable = ({ year, cell }: { year: number | null | undefined; cell: (indicator: TargetIndicator) => ReactNode }) => {
  const translate = useTranslate();
  return (
    <TableContainer>
      <Table size="small" aria-label={translate('resources.annual-reports.targetActuals')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.applications.form.indicator')}</TableCell>
            <TableCell>{translate('resources.applications.form.unit')}</TableCell>
            <TableCell align="center" sx={{ minWidth: 200 }}>
              {year ? translate('resources.applications.form.year', { year }) : translate('resources.annual-reports.fields.year')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {TARGET_INDICATORS.map((indicator) => (
            <TableRow key={indicator} data-testid={`actual-${indicator}`}>
              <TableCell sx={{ minWidth: 280 }}>{TARGET_INDICATOR_INFO[indicator].actualName}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{TARGET_INDICATOR_INFO[indicator].unit}</TableCell>
              <TableCell align="center">{cell(indicator)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
