import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { useLocaleState, useRefresh, useTranslate } from 'react-admin';
import { DownloadButton } from '../common/DownloadButton';
import { localizedServerMessage } from '../common/serverMessage';
import { apiUrl } from '../httpClient';
import { ImportErrorTable } from './ImportErrorTable';
import { importSheet, ImportRefused, type CellError, type ImportMode, type ImportResult } from './importSheet';

type Outcome = { kind: 'refused'; errors: CellError[] } | { kind: 'done'; result: ImportResult } | { kind: 'failed'; message: string };

const rowsOf = (errors: CellError[]) => [...new Set(errors.map((error) => error.row))];

/** What the last upload did: written rows, skipped rows with their cells, or a refusal offering 只导入有效行. */
const ImportOutcome = ({ outcome, onValidOnly, busy }: { outcome: Outcome; onValidOnly: () => void; busy: boolean }) => {
  const translate = useTranslate();
  if (outcome.kind === 'failed') return <Alert severity="error">{outcome.message}</Alert>;
  if (outcome.kind === 'refused') {
    const rows = rowsOf(outcome.errors);
    return (
      <Stack gap={1}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" variant="outlined" onClick={onValidOnly} disabled={busy}>
              {translate('resources.annual-reports.import.validOnly')}
            </Button>
          }
        >
          {translate('resources.annual-reports.import.refused', { count: outcome.errors.length, rows: rows.length })}
          <Typography variant="body2">{translate('resources.annual-reports.import.validOnlyHint', { rows: rows.join('、') })}</Typography>
        </Alert>
        <ImportErrorTable errors={outcome.errors} />
      </Stack>
    );
  }
  const { imported, skipped, blank } = outcome.result;
  const skippedErrors = skipped.flatMap((row) => row.errors);
  return (
    <Stack gap={1}>
      <Alert severity="success">
        {translate('resources.annual-reports.import.done', {
          created: imported.filter((row) => row.created).length,
          updated: imported.filter((row) => !row.created).length,
        })}
      </Alert>
      {blank.length > 0 && <Alert severity="info">{translate('resources.annual-reports.import.blank', { rows: blank.join('、') })}</Alert>}
      {skipped.length > 0 && (
        <>
          <Alert severity="warning">{translate('resources.annual-reports.import.skipped', { rows: skipped.map((row) => row.row).join('、') })}</Alert>
          <ImportErrorTable errors={skippedErrors} />
        </>
      )}
    </Stack>
  );
};

/**
 * The city's Excel round trip for one year: download the template (one row per recognized cluster),
 * upload it filled. A file with a wrong cell writes nothing (mode all); the city may then choose to
 * write only the valid rows (mode validOnly) and fix the others later.
 */
export const AnnualImportButton = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const send = async (mode: ImportMode) => {
    if (!file) return;
    setBusy(true);
    try {
      setOutcome({ kind: 'done', result: await importSheet(file, year, mode) });
      refresh();
    } catch (error) {
      if (error instanceof ImportRefused) setOutcome({ kind: 'refused', errors: error.errors });
      else setOutcome({ kind: 'failed', message: localizedServerMessage((error as Error).message || translate('ra.notification.http_error'), locale) });
    } finally {
      setBusy(false);
    }
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setOutcome(null);
    event.target.value = '';
  };

  return (
    <>
      <Button size="small" startIcon={<UploadFileIcon />} onClick={() => setOpen(true)}>
        {translate('resources.annual-reports.import.title')}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} fullWidth maxWidth="md" aria-labelledby="annual-import-title">
        <DialogTitle id="annual-import-title">{translate('resources.annual-reports.import.title')}</DialogTitle>
        <DialogContent>
          <Stack gap={2} sx={{ pt: 1 }}>
            <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap">
              <TextField
                type="number"
                size="small"
                label={translate('resources.annual-reports.fields.year')}
                value={year}
                onChange={(event) => {
                  setYear(Number(event.target.value));
                  setOutcome(null);
                }}
                sx={{ width: 140 }}
              />
              <DownloadButton
                label="resources.annual-reports.import.template"
                fileName={`annual-reports-${year}.xlsx`}
                url={() => `${apiUrl}/annual-reports/template.xlsx?year=${year}`}
              />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {translate('resources.annual-reports.import.hint', { year })}
            </Typography>
            <Stack direction="row" gap={2} alignItems="center">
              <Button component="label" variant="outlined" size="small">
                {translate('resources.annual-reports.import.choose')}
                <input hidden type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={choose} />
              </Button>
              <Box component="span">{file?.name ?? translate('resources.annual-reports.import.noFile')}</Box>
            </Stack>
            {outcome && <ImportOutcome outcome={outcome} onValidOnly={() => send('validOnly')} busy={busy} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>
            {translate('ra.action.close')}
          </Button>
          <Button variant="contained" onClick={() => send('all')} disabled={busy || !file}>
            {translate('resources.annual-reports.import.upload')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
