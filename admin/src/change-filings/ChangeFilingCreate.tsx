import { useWatch } from 'react-hook-form';
import { AutocompleteInput, Create, DateInput, NumberInput, ReferenceInput, SelectInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { changeKindChoices } from './ChangeFilingList';

/** A change of spatial scope may give the new planned area, which the cluster takes once the province acknowledges the filing. */
const AreaAfterChange = () =>
  useWatch({ name: 'kind' }) === 'spatial_scope' ? <NumberInput source="areaKm2" min={0} step={0.01} validate={minValue(0)} /> : null;

/** A major change (Art. 18) is filed within a month of the change; the server dates the filing and flags it when late. */
export const ChangeFilingCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="clusterId" reference="clusters">
        <AutocompleteInput optionText="name" validate={required()} fullWidth />
      </ReferenceInput>
      <SelectInput source="kind" choices={changeKindChoices} validate={required()} />
      <TextInput source="before" multiline fullWidth validate={required()} />
      <TextInput source="after" multiline fullWidth validate={required()} />
      <AreaAfterChange />
      <DateInput source="changedOn" validate={required()} />
    </SimpleForm>
  </Create>
);
