import { DataTable, List, NumberInput, SearchInput, SelectInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { RegionField } from '../regions/RegionField';
import { CountyInput, PrefectureInput } from '../regions/RegionInputs';
import { applicationStatusChoices, verdictChoices } from './applicationChoices';

const applicationFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <NumberInput key="callYear" source="callYear" alwaysOn />,
    <SelectInput key="status" source="status" choices={applicationStatusChoices} alwaysOn />,
    <SelectInput key="verdict" source="verdict" choices={verdictChoices} />,
    <PrefectureInput key="prefectureCode" source="prefectureCode" />,
    <CountyInput key="countyCode" source="countyCode" />,
];

export const ApplicationList = () => (
    <List filters={applicationFilters} sort={{ field: 'updatedAt', order: 'DESC' }}>
        <DataTable rowClick="show">
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
