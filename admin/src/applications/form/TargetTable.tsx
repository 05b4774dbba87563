import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Button, IconButton, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formYears, planYears, type FieldNode, type TargetsNode } from '@sme-cluster/rules';
import { useFieldArray } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { FieldInput } from './FieldInput';
import { useApplicationFormSettings } from './FormContext';

/**
 * 八's 1.三年总体目标: the printed rows (方向 / 指标 fixed) with a baseline for the year before
 * the call and a target for the third plan year, then any extra rows the county adds ("......").
 */
export const TargetTable = ({ node, source }: { node: TargetsNode; source: string }) => {
  const translate = useTranslate();
  const { callYear, readOnly } = useApplicationFormSettings();
  const baselineYear = formYears(callYear)[2];
  const targetYear = planYears(callYear)[2];
  const fixedRows = Object.entries(node.rows);
  const { fields, append, remove } = useFieldArray({ name: source, keyName: 'fieldKey' });
  const extraField = (key: string) => node.extra.children[key] as FieldNode;
  return (
    <TableContainer sx={{ my: 2 }}>
      <Typography variant="subtitle2" gutterBottom>
        {translate('resources.applications.form.targets')}
      </Typography>
      <Table size="small" aria-label={translate('resources.applications.form.targets')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.applications.form.direction')}</TableCell>
            <TableCell>{translate('resources.applications.form.indicator')}</TableCell>
            <TableCell>{translate('resources.applications.form.unit')}</TableCell>
            <TableCell align="center">{translate('resources.applications.form.baseline', { year: baselineYear })}</TableCell>
            <TableCell align="center">{translate('resources.applications.form.target', { year: targetYear })}</TableCell>
            {!readOnly && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {fixedRows.map(([id, row], index) => (
            <TableRow key={id}>
              <TableCell>{row.direction}</TableCell>
              <TableCell>{row.indicator}</TableCell>
              <TableCell>{row.baseline.unit}</TableCell>
              {(['baseline', 'target'] as const).map((column) => (
                <TableCell key={column} align="center" sx={{ minWidth: 180 }}>
                  <FieldInput field={row[column]} source={`${source}.${index}.${column}`} label={false} compact />
                </TableCell>
              ))}
              {!readOnly && <TableCell />}
            </TableRow>
          ))}
          {fields.slice(fixedRows.length).map((row, offset) => {
            const index = fixedRows.length + offset;
            return (
              <TableRow key={row.fieldKey}>
                <TableCell>
                  <FieldInput field={extraField('direction')} source={`${source}.${index}.direction`} label={false} compact />
                </TableCell>
                <TableCell colSpan={2}>
                  <FieldInput field={extraField('indicator')} source={`${source}.${index}.indicator`} label={false} compact />
                </TableCell>
                {(['baseline', 'target'] as const).map((column) => (
                  <TableCell key={column}>
                    <FieldInput field={extraField(column)} source={`${source}.${index}.${column}`} label={false} compact />
                  </TableCell>
                ))}
                {!readOnly && (
                  <TableCell>
                    <IconButton aria-label={translate('ra.action.remove')} onClick={() => remove(index)} size="small">
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {!readOnly && (
        <Button size="small" startIcon={<AddIcon />} onClick={() => append({ id: 'extra' })} sx={{ mt: 1 }}>
          {translate('resources.applications.form.addTarget')}
        </Button>
      )}
    </TableContainer>
  );
};
