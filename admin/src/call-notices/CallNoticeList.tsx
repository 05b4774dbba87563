import { DataTable, List, SelectInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { callNoticeStatusChoices } from './callNoticeChoices';

const callNoticeFilters = [<SelectInput key="status" source="status" choices={callNoticeStatusChoices} alwaysOn />];

export const CallNoticeList = () => (
  <List filters={callNoticeFilters} sort={{ field: 'year', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.NumberCol source="year" options={{ useGrouping: false }} />
      <DataTable.Col source="title" />
      <DataTable.Col source="documentNumber" />
      <DataTable.Col source="opensOn" field={DateField} />
      <DataTable.Col source="closesOn" field={DateField} />
      <DataTable.Col source="status">
        <StatusField source="status" />
      </DataTable.Col>
    </DataTable>
  </List>
);
