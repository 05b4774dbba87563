import { Edit, SimpleForm } from 'react-admin';
import { PoolCandidateInputs } from './PoolCandidateInputs';

/** Until its city confirms it, the county corrects its candidate; a save sends the version read (409 when someone acted since). */
export const PoolCandidateEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <PoolCandidateInputs />
    </SimpleForm>
  </Edit>
);
