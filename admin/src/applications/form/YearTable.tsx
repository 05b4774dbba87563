import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formYears, type FieldNode, type FormNode, type RowsNode } from '@sme-cluster/rules';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import { FieldInput } from './FieldInput';
import { useApplicationFormSettings } from './FormContext';

interface YearTableProps {
  node: RowsNode;
  /** Where the rows live, e.g. `form.leadingIndustry.years`. */
  source: string;
}

const isField = (node: FormNode): node is FieldNode => node.node === 'field';

/**
 * A per-year table as printed: one row per indicator, the three real years side by side
 * (call year − 3 … − 1), the unit in its own column. Nested level rows (standards) become
 * one row per level and count.
 */
export const YearTable = ({ node, source }: YearTableProps) => {
  const translate = useTranslate();
  const { callYear } = useApplicationFormSettings();
  const years = formYears(callYear);
  return (
    <TableContainer sx={{ my: 2 }}>
      <Typography variant="subtitle2" gutterBottom>
        {node.label}
      </Typography>
      <Table size="small" aria-label={node.label}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.applications.form.indicator')}</TableCell>
            <TableCell>{translate('resources.applications.form.unit')}</TableCell>
            {years.map((year) => (
              <TableCell key={year} align="center">
                {translate('resources.applications.form.year', { year })}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {Object.entries(node.children).map(([key, child]) => {
            if (isField(child)) {
              return child.value.type === 'year' ? null : (
                <YearRow key={key} label={child.label} unit={child.unit} field={child} sources={years.map((_, i) => `${source}.${i}.${key}`)} />
              );
            }
            if (child.node !== 'rows') return null;
            return <LevelRows key={key} node={child} sources={years.map((_, i) => `${source}.${i}.${key}`)} />;
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};

const YearRow = ({ label, unit, field, sources }: { label: string; unit?: string; field: FieldNode; sources: string[] }) => (
  <TableRow>
    <TableCell sx={{ minWidth: 240 }}>{label}</TableCell>
    <TableCell>{unit}</TableCell>
    {sources.map((cell) => (
      <TableCell key={cell} align="center">
        <FieldInput field={field} source={cell} label={false} compact />
      </TableCell>
    ))}
  </TableRow>
);

/** The standards table inside each year: for every printed level, its 主持 and 参与 counts. */
const LevelRows = ({ node, sources }: { node: RowsNode; sources: string[] }) => {
  const level = node.children.level;
  const levels = level && isField(level) && level.value.type === 'choice' ? level.value.options.map((o) => o.value) : [];
  const counts = Object.entries(node.children).filter((entry): entry is [string, FieldNode] => entry[0] !== 'level' && isField(entry[1]));
  return (
    <>
      <TableRow>
        <TableCell colSpan={2 + sources.length}>
          <Typography variant="body2" fontWeight="bold">
            {node.label}
          </Typography>
        </TableCell>
      </TableRow>
      {levels.map((levelName, index) => (
        <Fragment key={levelName}>
          {counts.map(([key, field]) => (
            <YearRow
              key={key}
              label={`${levelName} · ${field.label}`}
              unit={field.unit}
              field={field}
              sources={sources.map((row) => `${row}.${index}.${key}`)}
            />
          ))}
        </Fragment>
      ))}
    </>
  );
};
