import { Card, CardContent, Stack, Typography } from '@mui/material';
import { EditButton, NumberField, Show, TabbedShowLayout, TextField, TopToolbar, useRecordContext, useTranslate, Labeled } from 'react-admin';
import { AuditTimeline } from '../audit-events/AuditTimeline';
import { AssignExpertsButton } from '../expert-reviews/AssignExpertsButton';
import { DownloadButton } from '../common/DownloadButton';
import { apiUrl } from '../httpClient';
import { StatusField } from '../common/StatusField';
import { RegionAndTimesSummary } from '../common/SummaryFields';
import { canAccess } from '../permissions';
import { editableSections } from '@sme-cluster/rules';
import { session } from '../session';
import { DecisionNotices } from './DecisionNotices';
import { ApplicationFormTabs } from './form/ApplicationFormTabs';
import { RulePanel } from './RulePanel';
import { WorkflowActions } from './TransitionButton';

/** When the signed-in user may change the form: the lifecycle's form rights (the county while draft/returned, the city its opinion during city review). */
export function canEditForm(record: Record<string, unknown> | undefined): boolean {
  const user = session.user();
  if (!user || !record || !canAccess(user, { action: 'edit', resource: 'applications', record })) return false;
  return editableSections(user.role, String(record.status)).length > 0;
}

const ShowActions = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <TopToolbar>
      <DownloadButton label="resources.applications.actions.formPdf" fileName="application.pdf" url={() => `${apiUrl}/applications/${record.id}/form.pdf`} />
      {canEditForm(record) && <EditButton label="resources.applications.actions.editForm" />}
      <AssignExpertsButton />
    </TopToolbar>
  );
};

const Summary = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} gap={3} flexWrap="wrap" sx={{ mb: 2 }}>
          <Labeled source="clusterName">
            <TextField source="clusterName" variant="h6" />
          </Labeled>
          <Labeled source="status">
            <StatusField source="status" />
          </Labeled>
          <Labeled source="verdict">
            <StatusField source="verdict" />
          </Labeled>
          <Labeled source="callYear">
            <NumberField source="callYear" options={{ useGrouping: false }} />
          </Labeled>
          <RegionAndTimesSummary />
        </Stack>
        <DecisionNotices />
        <Typography variant="overline" color="text.secondary">
          {translate('resources.applications.transitions.title')}
        </Typography>
        <WorkflowActions />
      </CardContent>
    </Card>
  );
};

const EvaluatedRulePanel = () => {
  const record = useRecordContext();
  return <RulePanel canEvaluate={canAccess(session.user(), { action: 'transition', resource: 'applications', record })} />;
};

export const ApplicationShow = () => (
  <Show actions={<ShowActions />}>
    <Summary />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.applications.tabs.form">
        <ApplicationFormTabs readOnly />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.applications.tabs.report" path="report">
        <EvaluatedRulePanel />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.applications.tabs.audit" path="audit">
        <AuditTimeline subjectType="application" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
