import PublishIcon from '@mui/icons-material/Publish';
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import { Button } from '@mui/material';
import {
  ArrayField,
  ChipField,
  EditButton,
  NumberField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { useServerAction } from '../common/useServerAction';
import { canAccess } from '../permissions';
import { session } from '../session';

/** Publishing makes the list public (draft & publish); unpublishing takes it back. */
const PublishButton = () => {
  const record = useRecordContext<{ id: string; publishedAt: string | null }>();
  const translate = useTranslate();
  const { pending, post } = useServerAction();
  if (!record || !canAccess(session.user(), { action: 'edit', resource: 'recognized-lists' })) return null;
  const action = record.publishedAt ? 'unpublish' : 'publish';
  const run = () => post(`console/recognized-lists/${record.id}/${action}`, {}, `resources.recognized-lists.${action}ed`);
  return (
    <Button onClick={run} disabled={pending} startIcon={action === 'publish' ? <PublishIcon /> : <UnpublishedIcon />}>
      {translate(`resources.recognized-lists.${action}`)}
    </Button>
  );
};

export const RecognizedListShow = () => (
  <Show
    actions={
      <TopToolbar>
        <PublishButton />
        {canAccess(session.user(), { action: 'edit', resource: 'recognized-lists' }) && <EditButton />}
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <NumberField source="year" options={{ useGrouping: false }} />
      <TextField source="title" />
      <TextField source="documentNumber" />
      <DateField source="issuedOn" />
      <DateField source="publishedAt" showTime emptyText="—" />
      <ArrayField source="clusters">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
