import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { REGION_LEVELS } from '@sme-cluster/rules';
import { choicesOf } from '../domain';
import { RegionField } from './RegionField';

const levelChoices = choicesOf('level', REGION_LEVELS);

const regionFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="level" source="level" choices={levelChoices} alwaysOn />];

export const RegionList = () => (
  <List filters={regionFilters} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="level">
        <SelectField source="level" choices={levelChoices} />
      </DataTable.Col>
      <DataTable.Col source="parentCode">
        <RegionField source="parentCode" />
      </DataTable.Col>
    </DataTable>
  </List>
);
