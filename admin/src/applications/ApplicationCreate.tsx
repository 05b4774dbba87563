import { Alert } from '@mui/material';
import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

interface NewApplication {
  callNoticeId: string;
  /** A cluster of the cultivation pool the application declares (its page links here with it). */
  clusterId?: string;
  clusterName?: string;
  form?: { basic?: { clusterName?: string } };
}

/** From the pool the name and the rest of the pool record come from the server; otherwise the county names its cluster. */
const ClusterNameInput = () => {
  const translate = useTranslate();
  const clusterId = useWatch<NewApplication>({ name: 'clusterId' });
  const clusterName = useWatch<NewApplication>({ name: 'clusterName' });
  if (clusterId) return <Alert severity="info">{translate('resources.applications.form.fromPool', { name: clusterName ?? '' })}</Alert>;
  return (
    <TextInput
      source="form.basic.clusterName"
      label="resources.applications.fields.clusterName"
      helperText="resources.applications.form.clusterNameHint"
      validate={required()}
      fullWidth
    />
  );
};

/**
 * A new application needs only its call notice and the cluster's name; the whole form is then
 * filled tab by tab on the edit page (its years follow the chosen call). The server puts a
 * county declarant's application in its own county. Started from a cluster of the cultivation
 * pool, it declares that cluster and the server pre-fills the form from its pool record.
 */
export const ApplicationCreate = () => (
  <Create
    redirect="edit"
    transform={(data: NewApplication) =>
      data.clusterId
        ? { callNoticeId: data.callNoticeId, clusterId: data.clusterId }
        : { callNoticeId: data.callNoticeId, form: { basic: { clusterName: data.form?.basic?.clusterName } } }
    }
  >
    <SimpleForm>
      <ReferenceInput source="callNoticeId" reference="call-notices" filter={{ status: 'published' }} sort={{ field: 'year', order: 'DESC' }}>
        <AutocompleteInput optionText="title" validate={required()} fullWidth />
      </ReferenceInput>
      <ClusterNameInput />
    </SimpleForm>
  </Create>
);
