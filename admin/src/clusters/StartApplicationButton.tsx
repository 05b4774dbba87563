import { Button } from '@mui/material';
import PostAddIcon from '@mui/icons-material/PostAdd';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { canAccess } from '../permissions';
import { session } from '../session';

/** A cluster of the cultivation pool (培育中) is declared from its own page: the application starts from its pool record. */
export const StartApplicationButton = () => {
  const record = useRecordContext<{ id: string; name: string; status: string }>();
  const translate = useTranslate();
  if (record?.status !== 'cultivating' || !canAccess(session.user(), { action: 'create', resource: 'applications' })) return null;
  const source = encodeURIComponent(JSON.stringify({ clusterId: record.id, clusterName: record.name }));
  return (
    <Button component={Link} to={`/applications/create?source=${source}`} variant="contained" startIcon={<PostAddIcon />} sx={{ alignSelf: 'flex-start' }}>
      {translate('resources.clusters.actions.startApplication')}
    </Button>
  );
};
