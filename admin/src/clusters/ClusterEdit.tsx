import { Edit, SimpleForm } from 'react-admin';
import { ClusterInputs } from './ClusterInputs';

// Pessimistic: react-admin maps the server's field errors onto the form only
// when it waits for the answer (undoable edits would have left the page).
export const ClusterEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ClusterInputs />
    </SimpleForm>
  </Edit>
);
