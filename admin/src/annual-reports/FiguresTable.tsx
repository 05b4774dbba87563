import { TableCell, TableRow, Typography } from '@mui/material';
import { ANNUAL_SECTIONS } from '@sme-cluster/rules';
import { Fragment, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { annualFigures, sectionLabel, type AnnualFigure } from './annualFigures';
import { IndicatorRow, YearTable } from './YearTable';

/**
 * The year's figures of sections 二–五 as one table, generated from the descriptor. The show page
 * passes the stored value as the cell, the edit page the form's own input for that cell.
 */
export const FiguresTable = ({ year, cell }: { year: number | null | undefined; cell: (figure: AnnualFigure) => ReactNode }) => {
  const translate = useTranslate();
  return (
    <YearTable label={translate('resources.annual-reports.figures')} year={year}>
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
              <IndicatorRow key={figure.source} testId={`figure-${figure.source}`} label={figure.label} unit={figure.unit}>
                {cell(figure)}
              </IndicatorRow>
            ))}
        </Fragment>
      ))}
    </YearTable>
  );
};
