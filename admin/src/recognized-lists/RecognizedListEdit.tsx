import { Edit, SimpleForm } from 'react-admin';
import { RecognizedListInputs } from './RecognizedListInputs';

export const RecognizedListEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <RecognizedListInputs />
    </SimpleForm>
  </Edit>
);
