import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { BooleanField, DataTable, FunctionField, List, NumberField, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { useServerAction } from '../common/useServerAction';
import { JOB_NAMES, JOB_OUTCOMES } from '@sme-cluster/rules';
import { choicesOf } from '../domain';
import { JobRunChanges } from './JobRunChanges';
import { canAccess } from '../permissions';
import { session } from '../session';

const jobRunFilters = [
  <SelectInput key="job" source="job" choices={choicesOf('job', JOB_NAMES)} alwaysOn />,
  <SelectInput key="outcome" source="outcome" choices={choicesOf('status', JOB_OUTCOMES)} alwaysOn />,
];

/** Runs a scheduled job now: as a dry run (nothing changes, the run says what would) or for real. */
const RunJobButtons = () => {
  const translate = useTranslate();
  const [job, setJob] = useState<string>(JOB_NAMES[0]);
  const { pending: running, post } = useServerAction();
  const run = (dryRun: boolean) => post(`jobs/${job}/run`, { dryRun }, 'resources.job-runs.started');
  return (
    <Stack direction="row" gap={1} alignItems="center">
      <TextField
        select
        size="small"
        label={translate('sme.jobChanges.jobToRun')}
        value={job}
        onChange={(event) => setJob(event.target.value)}
        sx={{ minWidth: 180 }}
      >
        {JOB_NAMES.map((key) => (
          <MenuItem key={key} value={key}>
            {translate(`sme.job.${key}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button size="small" startIcon={<PlayArrowIcon />} disabled={running} onClick={() => run(true)}>
        {translate('resources.job-runs.dryRun')}
      </Button>
      <Button size="small" variant="contained" disabled={running} onClick={() => run(false)}>
        {translate('resources.job-runs.run')}
      </Button>
    </Stack>
  );
};

const JobLabel = () => {
  const translate = useTranslate();
  return <FunctionField<{ job: string }> render={(run) => translate(`sme.job.${run.job}`, { _: run.job })} />;
};

const Actions = () => <TopToolbar>{canAccess(session.user(), { action: 'create', resource: 'job-runs' }) && <RunJobButtons />}</TopToolbar>;

// Not react-admin's empty page: it drops the toolbar, so a job that never ran could not be run.
export const JobRunList = () => (
  <List filters={jobRunFilters} sort={{ field: 'firedAt', order: 'DESC' }} actions={<Actions />} empty={false}>
    <DataTable rowClick="expand" expand={<JobRunChanges />} bulkActionButtons={false}>
      <DataTable.Col source="job">
        <JobLabel />
      </DataTable.Col>
      <DataTable.Col source="firedAt" field={(props) => <DateField {...props} showTime />} />
      <DataTable.Col source="finishedAt" field={(props) => <DateField {...props} showTime />} />
      <DataTable.Col source="outcome">
        <StatusField source="outcome" vocabulary="status" />
      </DataTable.Col>
      <DataTable.Col source="dryRun" field={BooleanField} />
      <DataTable.NumberCol source="examined" field={NumberField} />
      <DataTable.NumberCol source="changed" field={NumberField} />
    </DataTable>
  </List>
);
