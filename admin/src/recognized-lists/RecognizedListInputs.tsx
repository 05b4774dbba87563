import { AutocompleteArrayInput, DateInput, NumberInput, ReferenceArrayInput, TextInput, required } from 'react-admin';

// A list names recognized clusters only.
export const RecognizedListInputs = () => (
  <>
    <NumberInput source="year" validate={required()} />
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="documentNumber" validate={required()} />
    <DateInput source="issuedOn" />
    <ReferenceArrayInput source="clusterIds" reference="clusters" filter={{ status: 'recognized' }} perPage={500}>
      <AutocompleteArrayInput optionText="name" fullWidth />
    </ReferenceArrayInput>
  </>
);
