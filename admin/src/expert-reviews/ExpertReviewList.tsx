import { BooleanField, DataTable, List, NumberField, SearchInput, SelectInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { csvExporter, vocabulary } from '../common/exportCsv';
import { StatusField } from '../common/StatusField';
import { CONFLICT_DECLARATIONS } from '@sme-cluster/rules';
import { choicesOf } from '../domain';
import { canAccess } from '../permissions';
import { session } from '../session';
import { ReopenSheetButton } from './ReopenSheetButton';
import { TimeLeft } from './TimeLeft';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="conflictOfInterest" source="conflictOfInterest" choices={choicesOf('conflict', CONFLICT_DECLARATIONS)} alwaysOn />,
];

const exporter = csvExporter('expert-reviews', [
  { source: 'clusterName' },
  { source: 'expertName' },
  { source: 'conflictOfInterest', format: vocabulary('conflict') },
  { source: 'weightedScore' },
  { source: 'submitted' },
  { source: 'submittedAt' },
  { source: 'dueOn' },
]);

/**
 * An expert sees only its own assignments (the server's `assigned` scope), the nearest due date
 * first with the time left, and opens each to score it; the province sees all, newest first, and
 * reopens a submitted one from its row.
 */
export const ExpertReviewList = () => {
  const scoring = canAccess(session.user(), { action: 'edit', resource: 'expert-reviews' });
  return (
    <List filters={filters} sort={scoring ? { field: 'dueOn', order: 'ASC' } : { field: 'createdAt', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick={scoring ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="clusterName" />
        <DataTable.Col source="expertName" />
        <DataTable.Col source="conflictOfInterest">
          <StatusField source="conflictOfInterest" vocabulary="conflict" />
        </DataTable.Col>
        <DataTable.NumberCol source="weightedScore" field={NumberField} />
        <DataTable.Col source="submitted" field={BooleanField} />
        <DataTable.Col source="submittedAt" field={(props) => <DateField {...props} showTime emptyText="—" />} />
        <DataTable.Col source="dueOn" field={(props) => <DateField {...props} emptyText="—" />} />
        <DataTable.Col source="timeLeft" disableSort>
          <TimeLeft />
        </DataTable.Col>
        {canAccess(session.user(), { action: 'transition', resource: 'expert-reviews' }) && (
          <DataTable.Col label="resources.expert-reviews.actionsColumn">
            <ReopenSheetButton />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
};
