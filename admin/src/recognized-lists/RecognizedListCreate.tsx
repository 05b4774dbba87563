import { Create, SimpleForm } from 'react-admin';
import { RecognizedListInputs } from './RecognizedListInputs';

export const RecognizedListCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <RecognizedListInputs />
    </SimpleForm>
  </Create>
);
