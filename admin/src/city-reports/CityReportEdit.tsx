import { Edit, NumberField, SimpleForm } from 'react-admin';
import { CityReportFigures } from './CityReportFigures';
import { CityReportNarrativeInput } from './CityReportInputs';

/** While its report is a draft the city writes its narrative; a save reads its clusters' figures anew and sends the version read (409 when stale). */
export const CityReportEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={({ narrative, version }: { narrative?: string; version?: number }) => ({ narrative, version })}>
    <SimpleForm>
      <NumberField source="year" options={{ useGrouping: false }} />
      <CityReportNarrativeInput />
      <CityReportFigures />
    </SimpleForm>
  </Edit>
);
