import {
  Alert,
  Box,
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
  Typography,
} from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import { useLocaleState, useRefresh, useTranslate } from 'react-admin';
import { runBatch, type BatchSummary } from './batchRun';
import { useServerAction } from './useServerAction';

interface BatchRunDialogProps {
  /** The button's and the dialog's title (an i18n key). */
  label: string;
  icon: ReactElement;
  /** What the run will do, shown before it starts. */
  hint: ReactNode;
  /** Inputs the run needs (a reason); the confirm button waits for `ready`. */
  children?: ReactNode;
  ready?: boolean;
  /** The server's batch endpoint and body, taken when the run starts (the list's filter then). */
  request: () => { url: string; method?: 'GET' | 'POST'; body?: unknown };
  /** The words of a done item's outcome key (a verdict, 已导出 …). */
  countLabel: (key: string) => string;
}

/**
 * A batch action over the whole filtered list (or the ticked rows), with its progress as the server
 * reports it (n / total) and, at the end, what each item came to: done by outcome, and every refused
 * item with the reason in the server's words.
 */
export const BatchRunDialog = ({ label, icon, hint, children, ready = true, request, countLabel }: BatchRunDialogProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const refresh = useRefresh();
  const { pending, attempt } = useServerAction();
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<{ processed: number; total: number } | null>(null);
  const [summary, setSummary] = useState<BatchSummary | null>(null);
  const words = (message: { zh: string; en: string }) => (locale.startsWith('zh') ? message.zh : message.en);
  const close = () => {
    setOpen(false);
    setProgress(null);
    setSummary(null);
  };
  const start = () =>
    attempt(async () => {
      const { url, method, body } = request();
      setSummary(await runBatch(url, { method, body }, (processed, total) => setProgress({ processed, total })));
      refresh();
    });
  const percent = progress && progress.total > 0 ? Math.round((progress.processed / progress.total) * 100) : 0;
  return (
    <>
      <Button size="small" startIcon={icon} onClick={() => setOpen(true)}>
        {translate(label)}
      </Button>
      <Dialog open={open} onClose={pending ? undefined : close} fullWidth maxWidth="sm" aria-labelledby="batch-run-title">
        <DialogTitle id="batch-run-title">{translate(label)}</DialogTitle>
        <DialogContent>
          <Stack gap={2} sx={{ pt: 1 }}>
            {!progress && !summary && (
              <>
                <Alert severity="info">{hint}</Alert>
                {children}
              </>
            )}
            {progress && (
              <Box>
                <LinearProgress variant="determinate" value={percent} aria-label={translate('sme.batch.progress')} />
                <Typography variant="body2" data-testid="batch-progress" sx={{ mt: 1 }}>
                  {translate('sme.batch.processed', { processed: progress.processed, total: progress.total })}
                </Typography>
              </Box>
            )}
            {summary && (
              <Alert severity={summary.failed ? 'error' : 'success'} data-testid="batch-summary">
                {summary.failed && <div>{words(summary.failed)}</div>}
                {translate('sme.batch.done', { count: summary.done })}
                {Object.entries(summary.counts).map(([key, count]) => (
                  <span key={key}>
                    {' '}
                    {countLabel(key)} {count}
                  </span>
                ))}
              </Alert>
            )}
            {summary && summary.refused.length > 0 && (
              <>
                <Alert severity="warning">{translate('sme.batch.refused', { count: summary.refused.length })}</Alert>
                <List dense aria-label={translate('sme.batch.refusedList')}>
                  {summary.refused.map((item) => (
                    <ListItem key={item.id}>
                      <ListItemText primary={item.name || translate('sme.batch.unnamed')} secondary={words(item.reason)} />
                    </ListItem>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={pending}>
            {translate('ra.action.close')}
          </Button>
          {!summary && (
            <Button variant="contained" onClick={start} disabled={pending || !ready}>
              {translate('ra.action.confirm')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
