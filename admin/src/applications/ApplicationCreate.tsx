import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';

/**
 * A new application needs only its call notice and the cluster's name; the whole form is then
 * filled tab by tab on the edit page (its years follow the chosen call). The server puts a
 * county declarant's application in its own county.
 */
export const ApplicationCreate = () => (
  <Create
    redirect="edit"
    transform={(data: { callNoticeId: string; form?: { basic?: { clusterName?: string } } }) => ({
      callNoticeId: data.callNoticeId,
      form: { basic: { clusterName: data.form?.basic?.clusterName } },
    })}
  >
    <SimpleForm>
      <ReferenceInput source="callNoticeId" reference="call-notices" filter={{ status: 'published' }} sort={{ field: 'year', order: 'DESC' }}>
        <AutocompleteInput optionText="title" validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput
        source="form.basic.clusterName"
        label="resources.applications.fields.clusterName"
        helperText="resources.applications.form.clusterNameHint"
        validate={required()}
        fullWidth
      />
    </SimpleForm>
  </Create>
);
