import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { csvExporter, vocabulary } from '../common/exportCsv';
import { choicesOf, industryTypes } from '../domain';
import { StatusField } from '../common/StatusField';
import { RegionField } from '../regions/RegionField';
import { CountyInput, PrefectureInput } from '../regions/RegionInputs';
import { clusterStatusChoices } from './clusterChoices';

const industryTypeFilterChoices = choicesOf('industryType', industryTypes.map(({ key }) => key));

const clusterFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <PrefectureInput key="prefectureCode" source="prefectureCode" alwaysOn />,
    <CountyInput key="countyCode" source="countyCode" alwaysOn />,
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
            <DataTable.Col source="prefectureCode">
                <RegionField source="prefectureCode" />
            </DataTable.Col>
            <DataTable.Col source="countyCode">
                <RegionField source="countyCode" />
            </DataTable.Col>
            <DataTable.Col source="status">
                <StatusField source="status" />
            </DataTable.Col>
            <DataTable.Col source="validUntil" field={DateField} />
        </DataTable>
    </List>
);
