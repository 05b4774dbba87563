import DoneIcon from '@mui/icons-material/Done';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Button } from '@mui/material';
import { BooleanField, DataTable, List, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { DateField } from '../common/DateField';

/** The console screen of each kind of record a notice is about. */
const RESOURCE_OF_SUBJECT: Record<string, string> = {
  application: 'applications',
  cluster: 'clusters',
  'annual-report': 'annual-reports',
  'change-filing': 'change-filings',
  'pool-candidate': 'pool-candidates',
  'city-report': 'city-reports',
  'call-notice': 'call-notices',
  'revocation-ground': 'revocation-grounds',
  'expert-review': 'expert-reviews',
};

/** A score sheet opens where its expert fills it in (it has no read-only page of its own). */
const EDITED_IN_PLACE = new Set(['expert-reviews']);

interface Notice {
  id: string;
  read: boolean;
  subjectType: string | null;
  subjectId: string | null;
}

/** Opens the record a notice is about, marking the notice read on the way. */
const OpenSubjectButton = () => {
  const record = useRecordContext<Notice>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const [update] = useUpdate();
  const resource = record?.subjectType ? RESOURCE_OF_SUBJECT[record.subjectType] : undefined;
  if (!record || !resource || !record.subjectId) return null;
  return (
    <Button
      size="small"
      startIcon={<OpenInNewIcon />}
      onClick={(event) => {
        event.stopPropagation();
        if (!record.read) update('notifications', { id: record.id, data: { read: true }, previousData: record });
        navigate(`/${resource}/${record.subjectId}${EDITED_IN_PLACE.has(resource) ? '' : '/show'}`);
      }}
    >
      {translate('resources.notifications.open')}
    </Button>
  );
};

/** Marks one notification read (the server keeps the first moment it was read). */
const MarkReadButton = () => {
  const record = useRecordContext<{ id: string; read: boolean }>();
  const translate = useTranslate();
  const [update, { isPending }] = useUpdate();
  if (!record || record.read) return null;
  return (
    <Button
      size="small"
      startIcon={<DoneIcon />}
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        update('notifications', { id: record.id, data: { read: true }, previousData: record });
      }}
    >
      {translate('resources.notifications.markRead')}
    </Button>
  );
};

/** The caller's own notifications (reminders, decisions on their records). */
export const NotificationList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="createdAt" field={(props) => <DateField {...props} showTime />} />
      <DataTable.Col source="title" />
      <DataTable.Col source="body" />
      <DataTable.Col source="read" field={BooleanField} />
      <DataTable.Col>
        <OpenSubjectButton />
        <MarkReadButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
