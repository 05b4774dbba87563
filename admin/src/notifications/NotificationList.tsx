import DoneIcon from '@mui/icons-material/Done';
import { Button } from '@mui/material';
import { BooleanField, DataTable, List, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { DateField } from '../common/DateField';

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
        <MarkReadButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
