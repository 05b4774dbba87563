import { Create, NumberInput, SimpleForm, maxValue, minValue, required } from 'react-admin';
import { CityReportNarrativeInput } from './CityReportInputs';

const lastYear = new Date().getFullYear() - 1;

/** A city starts its report of an ended year; the server puts it in the city's own prefecture and fills in its clusters' figures. */
export const CityReportCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NumberInput source="year" defaultValue={lastYear} validate={[required(), minValue(2020), maxValue(lastYear)]} />
      <CityReportNarrativeInput />
    </SimpleForm>
  </Create>
);
