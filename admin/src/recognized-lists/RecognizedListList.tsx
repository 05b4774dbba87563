import { DataTable, List } from 'react-admin';
import { DateField } from '../common/DateField';

export const RecognizedListList = () => (
  <List sort={{ field: 'year', order: 'DESC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.NumberCol source="year" options={{ useGrouping: false }} />
      <DataTable.Col source="title" />
      <DataTable.Col source="documentNumber" />
      <DataTable.Col source="issuedOn" field={DateField} />
      <DataTable.Col source="publishedAt" field={(props) => <DateField {...props} showTime emptyText="—" />} />
    </DataTable>
  </List>
);
