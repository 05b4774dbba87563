import { Create, SimpleForm } from 'react-admin';
import { useRegionDefaults } from '../regions/useRegionDefaults';
import { ClusterInputs } from './ClusterInputs';

export const ClusterCreate = () => {
  const regionDefaults = useRegionDefaults();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={regionDefaults}>
        <ClusterInputs />
      </SimpleForm>
    </Create>
  );
};
