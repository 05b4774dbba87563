import { Create, SimpleForm } from 'react-admin';
import { PoolCandidateInputs } from './PoolCandidateInputs';

/** A county proposes a candidate for the cultivation pool (Art. 7); the server puts it in the county's own region. */
export const PoolCandidateCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <PoolCandidateInputs />
    </SimpleForm>
  </Create>
);
