import { Edit, SimpleForm } from 'react-admin';
import { CallNoticeInputs } from './CallNoticeInputs';

// Pessimistic, so the server's field errors (dates out of order …) land under their inputs.
export const CallNoticeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <CallNoticeInputs />
    </SimpleForm>
  </Edit>
);
