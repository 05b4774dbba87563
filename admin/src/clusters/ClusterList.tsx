import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { csvExporter, vocabulary } from '../common/exportCsv';
import { INDUSTRY_TYPE_KEYS } from '@sme-cluster/rules';
import { choicesOf } from '../domain';
import { regionFilters, regionStatusColumns } from '../common/regionList';
import { clusterStatusChoices } from './clusterChoices';

const industryTypeFilterChoices = choicesOf('industryType', INDUSTRY_TYPE_KEYS);

const clusterFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  ...regionFilters,
  <SelectInput key="status" source="status" choices={clusterStatusChoices} alwaysOn />,
  // The server filters on the stored key (primary…), while records show the printed wording.
  <SelectInput key="industryType" source="industryType" choices={industryTypeFilterChoices} alwaysOn />,
];

const exporter = csvExporter('clusters', [
  { source: 'name' },
  { source: 'leadingIndustry' },
  { source: 'industryType' },
  { source: 'prefectureCode' },
  { source: 'countyCode' },
  { source: 'status', format: vocabulary('status') },
  { source: 'recognizedAt' },
  { source: 'validUntil' },
]);

export const ClusterList = () => (
  <List filters={clusterFilters} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={exporter}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="leadingIndustry" />
      {regionStatusColumns}
      <DataTable.Col source="validUntil" field={DateField} />
    </DataTable>
  </List>
);
