import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { ANNUAL_SECTIONS } from '@sme-cluster/rules';
import { Fragment, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { annualFigures, sectionLabel, type AnnualFigure } from './annualFigures';

/**
 * The year's figures of sections 二–五 as one table (indicator, unit, the report year), generated
 * from the descriptor. The show page passes the stored value as the cell, the edit page the form's
 * own input for that cell, so both read alike.
 */
export const FiguresTable = ({ year, cell }: { year: number | null | undefined; cell: (figure: AnnualFigure) => ReactNode }) => {
  const translate = useTranslate();
  return (
    <TableContainer>
      <Table size="small" aria-label={translate('resources.annual-reports.figures')}>
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
          {ANNUAL_SECTIONS.map((section) => (
            <Fragment key={section}>
              <TableRow>
                <TableCell colSpan={3} sx={{ bgcolor: 'action.hover' }}>
                  <Typography variant="subtitle2">{sectionLabel(section)}</Typography>
                </TableCell>
              </TableRow>
              {annualFigures
                .filter((figure) => figure.section === section)
                .map((figure) => (
                  <TableRow key={figure.source} data-testid={`figure-${figure.source}`}>
                    <TableCell sx={{ minWidth: 280 }}>{figure.label}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{figure.unit}</TableCell>
                    <TableCell align="center">{cell(figure)}</TableCell>
                  </TableRow>
                ))}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
