import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CellError } from './importSheet';

/** Where an uploaded sheet is wrong, cell by cell, in the sheet's own terms: row number, column letter, header. */
export const ImportErrorTable = ({ errors }: { errors: CellError[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TableContainer sx={{ maxHeight: 360 }}>
      <Table size="small" stickyHeader aria-label={translate('resources.annual-reports.import.errors')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.annual-reports.import.row')}</TableCell>
            <TableCell>{translate('resources.annual-reports.import.column')}</TableCell>
            <TableCell>{translate('resources.annual-reports.import.header')}</TableCell>
            <TableCell>{translate('resources.annual-reports.import.message')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {errors.map((error, index) => (
            <TableRow key={`${index}-${error.path}`} data-testid={`cell-${error.path}`}>
              <TableCell>{error.row}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{error.column}</TableCell>
              <TableCell>{error.header}</TableCell>
              <TableCell>{locale.startsWith('zh') ? error.message.zh : error.message.en}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
