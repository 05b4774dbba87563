import { DataTable, List, NumberField, SelectInput } from 'react-admin';
import { POOL_CANDIDATE_STATUSES } from '@sme-cluster/rules';
import { DateField } from '../common/DateField';
import { csvExporter, vocabulary } from '../common/exportCsv';
import { StatusField } from '../common/StatusField';
import { choicesOf } from '../domain';
import { RegionField } from '../regions/RegionField';
import { CountyInput, PrefectureInput } from '../regions/RegionInputs';

const filters = [
  <PrefectureInput key="prefectureCode" source="prefectureCode" alwaysOn />,
  <CountyInput key="countyCode" source="countyCode" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf('status', POOL_CANDIDATE_STATUSES)} alwaysOn />,
];

const exporter = csvExporter('pool-candidates', [
  { source: 'name' },
  { source: 'prefectureCode' },
  { source: 'countyCode' },
  { source: 'leadingIndustry' },
  { source: 'figuresYear' },
  { source: 'totalOutput' },
  { source: 'firmCount' },
  { source: 'smeCount' },
  { source: 'proposedOn' },
  { source: 'status', format: vocabulary('status') },
]);

/** The cultivation pool's candidates in the caller's region: what waits on whom, and what the pool holds. */
export const PoolCandidateList = () => (
  <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={exporter}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="countyCode">
        <RegionField source="countyCode" />
      </DataTable.Col>
      <DataTable.Col source="leadingIndustry" />
      <DataTable.Col source="figuresYear">
        <NumberField source="figuresYear" options={{ useGrouping: false }} />
      </DataTable.Col>
      <DataTable.Col source="totalOutput" field={NumberField} />
      <DataTable.Col source="proposedOn" field={DateField} />
      <DataTable.Col source="status">
        <StatusField source="status" />
      </DataTable.Col>
    </DataTable>
  </List>
);
