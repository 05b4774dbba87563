import { DataTable, List, NumberInput, SearchInput, SelectInput } from 'react-admin';
import { csvExporter, vocabulary } from '../common/exportCsv';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { RegionField } from '../regions/RegionField';
import { CountyInput, PrefectureInput } from '../regions/RegionInputs';
import { applicationStatusChoices, verdictChoices } from './applicationChoices';

const applicationFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <NumberInput key="callYear" source="callYear" alwaysOn />,
    <SelectInput key="status" source="status" choices={applicationStatusChoices} alwaysOn />,
    <SelectInput key="verdict" source="verdict" choices={verdictChoices} alwaysOn />,
    <PrefectureInput key="prefectureCode" source="prefectureCode" alwaysOn />,
    <CountyInput key="countyCode" source="countyCode" alwaysOn />,
];

const exporter = csvExporter('applications', [
    { source: 'clusterName' },
    { source: 'callYear' },
    { source: 'prefectureCode' },
    { source: 'countyCode' },
    { source: 'declarantName' },
    { source: 'status', format: vocabulary('status') },
    { source: 'verdict', format: vocabulary('verdict') },
    { source: 'submittedAt' },
]);

export const ApplicationList = () => (
    <List filters={applicationFilters} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={exporter}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="clusterName" />
            <DataTable.NumberCol source="callYear" options={{ useGrouping: false }} />
            <DataTable.Col source="prefectureCode">
                <RegionField source="prefectureCode" />
            </DataTable.Col>
            <DataTable.Col source="countyCode">
                <RegionField source="countyCode" />
            </DataTable.Col>
            <DataTable.Col source="status">
                <StatusField source="status" />
            </DataTable.Col>
            <DataTable.Col source="verdict">
                <StatusField source="verdict" />
            </DataTable.Col>
            <DataTable.Col source="submittedAt" field={DateField} />
        </DataTable>
    </List>
);
