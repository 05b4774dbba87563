import { BooleanField, DataTable, List, SelectField, SelectInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { csvExporter, vocabulary } from '../common/exportCsv';
import { StatusField } from '../common/StatusField';
import { CHANGE_FILING_STATUSES, CHANGE_KINDS } from '@sme-cluster/rules';
import { choicesOf } from '../domain';
import { RegionField } from '../regions/RegionField';
import { CountyInput, PrefectureInput } from '../regions/RegionInputs';
import { ProgressButton } from './ProgressButton';

export const changeKindChoices = choicesOf('changeKind', CHANGE_KINDS);

const filters = [
  <PrefectureInput key="prefectureCode" source="prefectureCode" alwaysOn />,
  <CountyInput key="countyCode" source="countyCode" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={changeKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf('status', CHANGE_FILING_STATUSES)} alwaysOn />,
];

const exporter = csvExporter('change-filings', [
  { source: 'clusterName' },
  { source: 'prefectureCode' },
  { source: 'countyCode' },
  { source: 'kind', format: vocabulary('changeKind') },
  { source: 'before' },
  { source: 'after' },
  { source: 'changedOn' },
  { source: 'filedOn' },
  { source: 'late' },
  { source: 'status', format: vocabulary('status') },
]);

export const ChangeFilingList = () => (
  <List filters={filters} sort={{ field: 'filedOn', order: 'DESC' }} exporter={exporter}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="clusterName" />
      <DataTable.Col source="countyCode">
        <RegionField source="countyCode" />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={changeKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="changedOn" field={DateField} />
      <DataTable.Col source="filedOn" field={DateField} />
      <DataTable.Col source="late" field={BooleanField} />
      <DataTable.Col source="status">
        <StatusField source="status" />
      </DataTable.Col>
      <DataTable.Col>
        <ProgressButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
