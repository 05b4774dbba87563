import { Alert, Card, CardContent, Stack } from '@mui/material';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Loading, RecordContextProvider, SaveButton, Title, Toolbar, useGetOne, useNotify, useRedirect, useTranslate } from 'react-admin';
import { openRenewalOf, type Renewal } from '@sme-cluster/rules';
import { ApplicationFormTabs, writableSection } from '../applications/form/ApplicationFormTabs';
import { changedSections, withFormDefaults } from '../applications/form/formModel';
import { RuleReport } from '../applications/RulePanel';
import { useServerAction } from '../common/useServerAction';
import { apiUrl, httpClient } from '../httpClient';
import { session } from '../session';
import type { SectionKey } from '@sme-cluster/rules';

interface ClusterRecord {
  id: string;
  name?: string;
  version?: number;
  prefectureCode?: string;
  countyCode?: string;
  renewals?: Renewal[];
  allowedActions?: string[];
}

/**
 * The county corrects and completes its re-review data (Art. 17) in the application form's own tabs,
 * while the request waits on its city; only the sections it changed are sent, with the version read.
 */
export const RenewalDataEdit = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { attempt } = useServerAction();
  const { data: cluster, isPending } = useGetOne<ClusterRecord>('clusters', { id });
  const open = openRenewalOf(cluster?.renewals);
  const callYear = open ? Number(open.requestedOn.slice(0, 4)) : new Date().getFullYear();
  const record = useMemo(
    () =>
      cluster &&
      open?.data && { id, form: open.data.form, callYear, version: cluster.version, prefectureCode: cluster.prefectureCode, countyCode: cluster.countyCode },
    [cluster, open, id, callYear],
  );
  if (isPending) return <Loading />;
  const title = translate('sme.renewal.editTitle', { name: cluster?.name ?? '' });
  if (!record || !cluster?.allowedActions?.includes('amendRenewal')) {
    return (
      <Card sx={{ mt: 2 }}>
        <Title title={title} />
        <CardContent>
          <Alert severity="info" action={<Link to={`/clusters/${id}/show`}>{translate('ra.action.back')}</Link>}>
            {translate('sme.renewal.notEditable')}
          </Alert>
        </CardContent>
      </Card>
    );
  }
  const save = ({ form }: { form?: unknown }) =>
    attempt(async () => {
      const before = withFormDefaults(record.form, callYear, record);
      const changed = changedSections(form as Record<string, unknown>, before);
      const sections = Object.fromEntries(Object.entries(changed).filter(([section]) => writableSection(section as SectionKey, session.user()?.role)));
      await httpClient(`${apiUrl}/clusters/${id}/actions`, {
        method: 'POST',
        body: JSON.stringify({ action: 'amendRenewal', version: record.version, form: sections }),
      });
      notify('sme.renewal.saved', { type: 'success' });
      redirect('show', 'clusters', id);
    });
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={title} />
      <Card>
        <CardContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('sme.renewal.editHint')}
          </Alert>
          <RuleReport report={open!.data!.report} />
        </CardContent>
      </Card>
      <RecordContextProvider value={record}>
        <ApplicationFormTabs
          onSubmit={save}
          toolbar={
            <Toolbar>
              <SaveButton label="sme.renewal.save" alwaysEnable />
            </Toolbar>
          }
        />
      </RecordContextProvider>
    </Stack>
  );
};
