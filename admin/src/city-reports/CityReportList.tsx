import { CreateButton, DataTable, FilterButton, List, NumberField, NumberInput, SelectInput, TopToolbar, useListContext } from 'react-admin';
import { CITY_REPORT_STATUSES } from '@sme-cluster/rules';
import { DateField } from '../common/DateField';
import { DownloadButton } from '../common/DownloadButton';
import { StatusField } from '../common/StatusField';
import { choicesOf } from '../domain';
import { apiUrl } from '../httpClient';
import { canAccess } from '../permissions';
import { RegionField } from '../regions/RegionField';
import { PrefectureInput } from '../regions/RegionInputs';
import { session } from '../session';
import { LatenessChip } from './LatenessChip';

const lastYear = new Date().getFullYear() - 1;

const filters = [
  <PrefectureInput key="prefectureCode" source="prefectureCode" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf('status', CITY_REPORT_STATUSES)} alwaysOn />,
];

/** Every city's reports of the year the list shows (last year unless filtered) in one workbook: the province's download. */
const WorkbookButton = () => {
  const { filterValues } = useListContext();
  const year = () => Number(filterValues.year) || lastYear;
  return (
    <DownloadButton
      label="resources.city-reports.workbook"
      fileName={`city-reports-${year()}.xlsx`}
      url={() => `${apiUrl}/city-reports/workbook.xlsx?year=${year()}`}
    />
  );
};

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    {canAccess(session.user(), { action: 'create', resource: 'city-reports' }) && <CreateButton />}
    {session.user()?.role === 'province_admin' && <WorkbookButton />}
  </TopToolbar>
);

/** The cities' yearly reports (Art. 19) in the caller's region: the city its own, the province every city's. */
export const CityReportList = () => (
  <List filters={filters} sort={{ field: 'year', order: 'DESC' }} actions={<ListActions />} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="prefectureCode">
        <RegionField source="prefectureCode" />
      </DataTable.Col>
      <DataTable.Col source="year">
        <NumberField source="year" options={{ useGrouping: false }} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusField source="status" />
      </DataTable.Col>
      <DataTable.Col source="dueOn" field={DateField} disableSort />
      <DataTable.Col source="submittedAt" field={DateField} />
      <DataTable.Col source="late" label="resources.city-reports.fields.lateness" disableSort>
        <LatenessChip />
      </DataTable.Col>
    </DataTable>
  </List>
);
