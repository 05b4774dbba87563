import GroupAddIcon from '@mui/icons-material/GroupAdd';
import {
  Alert,
  Button,
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
} from '@mui/material';
import { useState } from 'react';
import { HttpError, useListContext, useLocaleState, useRefresh, useTranslate } from 'react-admin';
import { localizedServerMessage } from '../common/serverMessage';
import { apiUrl, httpClient } from '../httpClient';
import { canAccess } from '../permissions';
import { session } from '../session';

interface Outcome {
  assigned: number;
  applications: Array<{ id: string; clusterName: string | null; experts: string[] }>;
  loads: Array<{ userId: number; name: string; load: number }>;
}

type Refusal = { message: string; lines: string[] };

/**
 * 一键指派专家: N experts on each application in province review that the list's filter finds (every
 * page, not only the one shown), never an expert tied to it, loads even, under a cap. All or nothing:
 * a refusal names every application that could not be covered. Single assignments are changed
 * afterwards on the application.
 */
export const AssignAllButton = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const refresh = useRefresh();
  const { filterValues = {} } = useListContext();
  const [open, setOpen] = useState(false);
  const [callYear, setCallYear] = useState(String(Number(filterValues?.callYear) || new Date().getFullYear()));
  const [perApplication, setPerApplication] = useState('3');
  const [cap, setCap] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  if (!canAccess(session.user(), { action: 'create', resource: 'expert-reviews' })) return null;
  const text = (message: { zh: string; en: string }) => (locale.startsWith('zh') ? message.zh : message.en);
  const run = async () => {
    setRunning(true);
    setOutcome(null);
    setRefusal(null);
    try {
      const { json } = await httpClient(`${apiUrl}/expert-reviews/assignments`, {
        method: 'POST',
        body: JSON.stringify({
          callYear: Number(callYear),
          perApplication: Number(perApplication),
          ...(cap ? { cap: Number(cap) } : {}),
          ...(dueOn ? { dueOn } : {}),
          filter: filterValues,
        }),
      });
      setOutcome(json as Outcome);
      refresh();
    } catch (error) {
      const failure = error as HttpError;
      const body = failure.body as
        { error?: { details?: { errors?: Array<{ message: { zh: string; en: string } }> } }; errors?: Record<string, string> } | undefined;
      const lines = body?.error?.details?.errors?.map((e) => text(e.message)) ?? Object.values(body?.errors ?? {});
      setRefusal({ message: localizedServerMessage(failure.message ?? '', locale), lines });
    } finally {
      setRunning(false);
    }
  };
  const label = 'resources.expert-reviews.assignAll';
  return (
    <>
      <Button size="small" startIcon={<GroupAddIcon />} onClick={() => setOpen(true)}>
        {translate(label)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="assign-all-title">
        <DialogTitle id="assign-all-title">{translate(label)}</DialogTitle>
        <DialogContent>
          <Stack gap={2} sx={{ pt: 1 }}>
            <Alert severity="info">{translate('resources.expert-reviews.assignAllHint')}</Alert>
            <Stack direction="row" gap={2}>
              <TextField
                size="small"
                type="number"
                label={translate('resources.applications.fields.callYear')}
                value={callYear}
                onChange={(e) => setCallYear(e.target.value)}
              />
              <TextField
                size="small"
                type="number"
                label={translate('resources.expert-reviews.perApplication')}
                value={perApplication}
                onChange={(e) => setPerApplication(e.target.value)}
                slotProps={{ htmlInput: { min: 1, max: 20 } }}
              />
              <TextField
                size="small"
                type="number"
                label={translate('resources.expert-reviews.cap')}
                value={cap}
                onChange={(e) => setCap(e.target.value)}
                slotProps={{ htmlInput: { min: 1 } }}
              />
            </Stack>
            <TextField
              size="small"
              type="date"
              label={translate('resources.expert-reviews.fields.dueOn')}
              value={dueOn}
              onChange={(e) => setDueOn(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            {running && <LinearProgress />}
            {refusal && (
              <Alert severity="error">
                {refusal.message}
                <List dense>
                  {refusal.lines.map((line) => (
                    <ListItem key={line} disableGutters>
                      <ListItemText primary={line} />
                    </ListItem>
                  ))}
                </List>
              </Alert>
            )}
            {outcome && (
              <Alert severity="success">
                {translate('resources.expert-reviews.assignAllDone', { count: outcome.assigned })}
                <List dense aria-label={translate('resources.expert-reviews.assignAllResult')}>
                  {outcome.applications.map((application) => (
                    <ListItem key={application.id} disableGutters>
                      <ListItemText
                        primary={application.clusterName}
                        secondary={application.experts.length ? application.experts.join('、') : translate('resources.expert-reviews.nothingAdded')}
                      />
                    </ListItem>
                  ))}
                </List>
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
          <Button variant="contained" disabled={running || !perApplication} onClick={() => void run()}>
            {translate('resources.expert-reviews.assignAllRun')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
