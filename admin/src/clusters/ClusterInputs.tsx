import { NumberInput, SelectInput, TextInput, minValue, required } from 'react-admin';
import { industryTypeChoices } from '../domain';
import { CountyInput, PrefectureInput } from '../regions/RegionInputs';

// Status, recognition and validity dates change only through the lifecycle
// transitions on the server, never by editing the record.
export const ClusterInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="leadingIndustry" validate={required()} />
    <SelectInput source="industryType" choices={industryTypeChoices} validate={required()} />
    <NumberInput source="areaKm2" validate={[required(), minValue(0)]} />
    <PrefectureInput source="prefectureCode" validate={required()} />
    <CountyInput source="countyCode" validate={required()} />
    <TextInput source="declarantName" validate={required()} fullWidth />
    <TextInput source="operatorName" validate={required()} fullWidth />
  </>
);
