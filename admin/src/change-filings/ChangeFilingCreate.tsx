import { AutocompleteInput, Create, DateInput, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { changeKindChoices } from './ChangeFilingList';

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
            <DateInput source="changedOn" validate={required()} />
        </SimpleForm>
    </Create>
);
