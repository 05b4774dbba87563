import { Create, SimpleForm } from 'react-admin';
import { CallNoticeInputs } from './CallNoticeInputs';

export const CallNoticeCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <CallNoticeInputs />
    </SimpleForm>
  </Create>
);
