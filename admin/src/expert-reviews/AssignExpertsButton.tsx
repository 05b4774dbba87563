import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useState } from 'react';
import { useCreate, useGetList, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { SCORING_APPLICATION_STATE } from '@sme-cluster/rules';
import { errorNotice } from '../common/serverMessage';
import { canAccess } from '../permissions';
import { session } from '../session';

interface StaffUser {
  id: string;
  /** The numeric id the assignment names (`expertId`). */
  userId: number;
  username: string;
  name: string;
  email: string;
}

/** The server assigns experts only during province review, and only the province may (create on expert-reviews). */
export const canAssignExperts = (record: { status?: string } | undefined) =>
  record?.status === SCORING_APPLICATION_STATE && canAccess(session.user(), { action: 'create', resource: 'expert-reviews' });

/** The expert accounts, each assignable once to this application (those already assigned say so). */
const ExpertChoices = ({ applicationId }: { applicationId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { data: experts = [], isPending } = useGetList<StaffUser>('users', {
    filter: { role: 'expert', blocked: false },
    sort: { field: 'username', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  const { data: sheets = [], refetch } = useGetList<{ id: string; expertId: number | null }>('expert-reviews', {
    filter: { applicationId },
    pagination: { page: 1, perPage: 200 },
  });
  const [create, { isPending: assigning }] = useCreate();
  if (isPending) return <LinearProgress />;
  if (!experts.length) return <Typography color="text.secondary">{translate('resources.expert-reviews.noExperts')}</Typography>;
  const assigned = new Set(sheets.map((sheet) => sheet.expertId));
  const assign = (expert: StaffUser) =>
    create(
      'expert-reviews',
      { data: { applicationId, expertId: expert.userId } },
      {
        onSuccess: () => {
          notify('resources.expert-reviews.assignedDone', { type: 'success', messageArgs: { name: expert.name } });
          refetch();
        },
        onError: (error) => notify(errorNotice(error, locale) ?? 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return (
    <List dense aria-label={translate('resources.expert-reviews.assign')}>
      {experts.map((expert) => (
        <ListItem
          key={expert.id}
          secondaryAction={
            assigned.has(expert.userId) ? (
              <Chip size="small" color="success" label={translate('resources.expert-reviews.assigned')} />
            ) : (
              <Button size="small" variant="outlined" disabled={assigning} onClick={() => assign(expert)}>
                {translate('resources.expert-reviews.assignAction')}
              </Button>
            )
          }
        >
          <ListItemText primary={expert.name} secondary={expert.email} />
        </ListItem>
      ))}
    </List>
  );
};

/** 指派专家 on an application in province review: a dialog of the expert accounts to assign. */
export const AssignExpertsButton = () => {
  const record = useRecordContext<{ id: string; status?: string; clusterName?: string }>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record || !canAssignExperts(record)) return null;
  return (
    <>
      <Button size="small" startIcon={<PersonAddIcon />} onClick={() => setOpen(true)}>
        {translate('resources.expert-reviews.assign')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="assign-experts-title">
        <DialogTitle id="assign-experts-title">{translate('resources.expert-reviews.assignTitle', { name: record.clusterName ?? '' })}</DialogTitle>
        <DialogContent>{open && <ExpertChoices applicationId={String(record.id)} />}</DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
