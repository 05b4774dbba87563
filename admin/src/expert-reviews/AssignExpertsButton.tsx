import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useCreate, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { SCORING_APPLICATION_STATE } from '@sme-cluster/rules';
import { errorNotice } from '../common/serverMessage';
import { apiUrl, httpClient } from '../httpClient';
import { canAccess } from '../permissions';
import { session } from '../session';

/** An expert as the province is offered it for one application: its ties to it, whether it is on it, its load in the call. */
interface ExpertChoice {
  userId: number;
  /** 姓名（单位） */
  name: string;
  email: string;
  unit: string | null;
  ties: string[];
  tiesText: string;
  assigned: boolean;
  load: number;
}

/** The server assigns experts only during province review, and only the province may (create on expert-reviews). */
export const canAssignExperts = (record: { status?: string } | undefined) =>
  record?.status === SCORING_APPLICATION_STATE && canAccess(session.user(), { action: 'create', resource: 'expert-reviews' });

/**
 * The expert accounts for this application. A tied expert (its county, prefecture or organization)
 * is not offered: it is listed with its ties, and assigning it anyway needs the province's reason.
 */
const ExpertChoices = ({ applicationId }: { applicationId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [experts, setExperts] = useState<ExpertChoice[] | null>(null);
  const [overruling, setOverruling] = useState<ExpertChoice | null>(null);
  const [reason, setReason] = useState('');
  const load = useCallback(
    () =>
      httpClient(`${apiUrl}/expert-reviews/choices?applicationId=${encodeURIComponent(applicationId)}`)
        .then(({ json }) => setExperts(json as ExpertChoice[]))
        .catch((error) => notify(errorNotice(error, locale) ?? 'ra.notification.http_error', { type: 'error' })),
    [applicationId, locale, notify],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const [create, { isPending: assigning }] = useCreate();
  if (!experts) return <LinearProgress />;
  if (!experts.length) return <Typography color="text.secondary">{translate('resources.expert-reviews.noExperts')}</Typography>;
  const assign = (expert: ExpertChoice, overrideReason?: string) =>
    create(
      'expert-reviews',
      { data: { applicationId, expertId: expert.userId, ...(overrideReason ? { overrideReason } : {}) } },
      {
        onSuccess: () => {
          notify('resources.expert-reviews.assignedDone', { type: 'success', messageArgs: { name: expert.name } });
          setOverruling(null);
          setReason('');
          void load();
        },
        onError: (error) => notify(errorNotice(error, locale) ?? 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return (
    <>
      <List dense aria-label={translate('resources.expert-reviews.assign')}>
        {experts.map((expert) => (
          <ListItem
            key={expert.userId}
            secondaryAction={
              expert.assigned ? (
                <Chip size="small" color="success" label={translate('resources.expert-reviews.assigned')} />
              ) : expert.ties.length ? (
                <Button size="small" color="warning" disabled={assigning} onClick={() => setOverruling(expert)}>
                  {translate('resources.expert-reviews.overrule')}
                </Button>
              ) : (
                <Button size="small" variant="outlined" disabled={assigning} onClick={() => assign(expert)}>
                  {translate('resources.expert-reviews.assignAction')}
                </Button>
              )
            }
          >
            <ListItemText
              primary={expert.name}
              secondary={`${expert.email} · ${
                expert.ties.length
                  ? translate('resources.expert-reviews.tied', { ties: expert.tiesText })
                  : translate('resources.expert-reviews.load', { count: expert.load })
              }`}
              slotProps={{ secondary: expert.ties.length ? { color: 'warning.dark' } : undefined }}
            />
          </ListItem>
        ))}
      </List>
      {overruling && (
        <Stack gap={1} sx={{ mt: 1 }}>
          <Typography>{translate('resources.expert-reviews.overruleTitle', { name: overruling.name, ties: overruling.tiesText })}</Typography>
          <TextField
            size="small"
            required
            label={translate('resources.expert-reviews.overrideReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            multiline
          />
          <Stack direction="row" gap={1}>
            <Button variant="contained" color="warning" disabled={assigning || reason.trim().length < 2} onClick={() => assign(overruling, reason.trim())}>
              {translate('resources.expert-reviews.overruleConfirm')}
            </Button>
            <Button onClick={() => setOverruling(null)}>{translate('ra.action.cancel')}</Button>
          </Stack>
        </Stack>
      )}
    </>
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
