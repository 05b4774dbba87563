import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { RegionField } from '../regions/RegionField';

export const ApplicationShow = () => (
    <Show>
        <SimpleShowLayout>
            <TextField source="clusterName" />
            <NumberField source="callYear" options={{ useGrouping: false }} />
            <StatusField source="status" />
            <StatusField source="verdict" />
            <RegionField source="prefectureCode" />
            <RegionField source="countyCode" />
            <TextField source="declarantName" />
            <TextField source="operatorName" />
            <DateField source="submittedAt" showTime />
            <DateField source="updatedAt" showTime />
        </SimpleShowLayout>
    </Show>
);
