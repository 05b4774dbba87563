import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, List, ListItem, ListItemText, Stack } from '@mui/material';
import { VERDICTS } from '@sme-cluster/rules';
import { useState } from 'react';
import { useListContext, useLocaleState, useRefresh, useTranslate } from 'react-admin';
import { useServerAction } from '../common/useServerAction';
import { apiUrl, httpClient } from '../httpClient';
import { canAccess } from '../permissions';
import { session } from '../session';

interface Summary {
  evaluated: number;
  verdicts: Partial<Record<(typeof VERDICTS)[number], number>>;
  refused: Array<{ id: string; clusterName: string; reason: { zh: string; en: string } }>;
}

/**
 * 重新评估筛选结果: the rules engine runs again on every application the list's filter finds (every
 * page, not only the one shown), as after a change of thresholds; the summary says what each verdict
 * counts and which applications were left as they were, and why.
 */
export const EvaluateAllButton = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { filterValues = {}, total } = useListContext();
  const { pending, attempt } = useServerAction();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState<Summary | null>(null);
  if (!canAccess(session.user(), { action: 'transition', resource: 'applications' })) return null;
  const label = 'resources.applications.evaluateAll.action';
  const close = () => {
    setOpen(false);
    setSummary(null);
  };
  const run = () =>
    attempt(async () => {
      const { json } = await httpClient(`${apiUrl}/applications/evaluations`, { method: 'POST', body: JSON.stringify({ filter: filterValues }) });
      setSummary(json as Summary);
      refresh();
    });
  return (
    <>
      <Button size="small" startIcon={<FactCheckIcon />} onClick={() => setOpen(true)}>
        {translate(label)}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="evaluate-all-title">
        <DialogTitle id="evaluate-all-title">{translate(label)}</DialogTitle>
        <DialogContent>
          <Stack gap={2} sx={{ pt: 1 }}>
            {!summary && <Alert severity="info">{translate('resources.applications.evaluateAll.hint', { count: total ?? 0 })}</Alert>}
            {pending && <LinearProgress aria-label={translate(label)} />}
            {summary && (
              <Alert severity="success" data-testid="evaluate-all-summary">
                {translate('resources.applications.evaluateAll.done', { count: summary.evaluated })}
                {VERDICTS.filter((verdict) => summary.verdicts[verdict]).map((verdict) => (
                  <span key={verdict}>
                    {' '}
                    {translate(`sme.verdict.${verdict}`)} {summary.verdicts[verdict]}
                  </span>
                ))}
              </Alert>
            )}
            {summary && summary.refused.length > 0 && (
              <>
                <Alert severity="warning">{translate('resources.applications.evaluateAll.refused', { count: summary.refused.length })}</Alert>
                <List dense aria-label={translate('resources.applications.evaluateAll.refusedList')}>
                  {summary.refused.map((item) => (
                    <ListItem key={item.id}>
                      <ListItemText primary={item.clusterName} secondary={locale.startsWith('zh') ? item.reason.zh : item.reason.en} />
                    </ListItem>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.close')}</Button>
          {!summary && (
            <Button variant="contained" onClick={run} disabled={pending}>
              {translate('ra.action.confirm')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
