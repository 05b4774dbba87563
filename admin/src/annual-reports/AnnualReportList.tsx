import { AutocompleteInput, CreateButton, DataTable, FilterButton, List, NumberInput, ReferenceInput, SelectInput, TopToolbar } from 'react-admin';
import { DateField } from '../common/DateField';
import { regionStatusColumns } from '../common/regionList';
import { ANNUAL_REPORT_STATUSES } from '@sme-cluster/rules';
import { choicesOf } from '../domain';
import { canAccess } from '../permissions';
import { PrefectureInput } from '../regions/RegionInputs';
import { session } from '../session';
import { AnnualImportButton } from './AnnualImportButton';
import { MeetsCriteriaField } from './MeetsCriteriaField';

const filters = [
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf('status', ANNUAL_REPORT_STATUSES)} alwaysOn />,
  <PrefectureInput key="prefectureCode" source="prefectureCode" alwaysOn />,
  <ReferenceInput key="clusterId" source="clusterId" reference="clusters" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** Creating and importing are the city's (the matrix's create on annual-reports); county and province read. */
const ListActions = () => {
  const mayCreate = canAccess(session.user(), { action: 'create', resource: 'annual-reports' });
  return (
    <TopToolbar>
      <FilterButton />
      {mayCreate && <CreateButton />}
      {mayCreate && <AnnualImportButton />}
    </TopToolbar>
  );
};

// Not react-admin's empty page: it drops the toolbar, and a city without reports yet could not import any.
export const AnnualReportList = () => (
  <List filters={filters} sort={{ field: 'year', order: 'DESC' }} actions={<ListActions />} empty={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="clusterName" />
      <DataTable.NumberCol source="year" options={{ useGrouping: false }} />
      {regionStatusColumns}
      <DataTable.Col source="meetsCriteria" disableSort>
        <MeetsCriteriaField />
      </DataTable.Col>
      <DataTable.Col source="submittedAt" field={(props) => <DateField {...props} showTime emptyText="—" />} />
    </DataTable>
  </List>
);
