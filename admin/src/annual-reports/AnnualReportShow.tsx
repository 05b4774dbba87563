import { Card, CardContent, Stack, Typography } from '@mui/material';
import { callYearOfReport } from '@sme-cluster/rules';
import type { ReactNode } from 'react';
import { EditButton, Labeled, NumberField, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { EvaluatedAt, RuleTable } from '../applications/RulePanel';
import { OlderSettingsNotice } from '../settings/SettingsVersion';
import { AuditTimeline } from '../audit-events/AuditTimeline';
import { StatusField } from '../common/StatusField';
import { RegionAndTimesSummary } from '../common/SummaryFields';
import type { AnnualReportRecord } from './AnnualReportEdit';
import { formatFigure, valueAt } from './annualFigures';
import { FiguresTable } from './FiguresTable';
import { TargetActualsTable } from './TargetActualsTable';
import { MeetsCriteriaField } from './MeetsCriteriaField';
import { canSubmitReport, SubmitReportButton } from './SubmitReportButton';

/** Editing and submitting are for the city while the report is a draft (the same test as submitting). */
const ShowActions = () => {
  const record = useRecordContext<AnnualReportRecord>();
  if (!record || !canSubmitReport(record)) return null;
  return (
    <TopToolbar>
      <EditButton />
      <SubmitReportButton />
    </TopToolbar>
  );
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

const Summary = () => (
  <Stack direction={{ xs: 'column', md: 'row' }} gap={3} flexWrap="wrap">
    <Labeled source="clusterName">
      <TextField source="clusterName" variant="h6" />
    </Labeled>
    <Labeled source="year">
      <NumberField source="year" options={{ useGrouping: false }} />
    </Labeled>
    <Labeled source="status">
      <StatusField source="status" />
    </Labeled>
    <Labeled source="meetsCriteria">
      <MeetsCriteriaField />
    </Labeled>
    <RegionAndTimesSummary />
  </Stack>
);

/** The stored figures of the report year; only that year's column, as the Excel template asks for it. */
const Figures = () => {
  const record = useRecordContext<AnnualReportRecord>();
  if (!record) return null;
  return <FiguresTable year={record.year} cell={(figure) => formatFigure(valueAt(record, figure.source))} />;
};

const TargetActuals = () => {
  const record = useRecordContext<AnnualReportRecord>();
  if (!record) return null;
  return <TargetActualsTable year={record.year} cell={(indicator) => formatFigure(record.targetActuals?.[indicator])} />;
};

const Narrative = () => {
  const record = useRecordContext<AnnualReportRecord>();
  const translate = useTranslate();
  return record?.narrative ? (
    <Typography sx={{ whiteSpace: 'pre-wrap' }}>{record.narrative}</Typography>
  ) : (
    <Typography color="text.secondary">{translate('resources.annual-reports.noNarrative')}</Typography>
  );
};

/** The hard criteria of Art. 11 re-evaluated on the submitted figures, read like the application's rule report. */
const Reevaluation = () => {
  const record = useRecordContext<AnnualReportRecord>();
  const translate = useTranslate();
  const report = record?.report;
  if (!report) return <Typography color="text.secondary">{translate('resources.annual-reports.notEvaluated')}</Typography>;
  return (
    <>
      <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 2 }}>
        <MeetsCriteriaField />
        <EvaluatedAt evaluatedAt={report.evaluatedAt} engineVersion={report.engineVersion} settingsVersion={report.settingsVersion} />
      </Stack>
      <OlderSettingsNotice version={report.settingsVersion} />
      <RuleTable rules={report.rules} callYear={callYearOfReport(report.year)} />
    </>
  );
};

export const AnnualReportShow = () => (
  <Show actions={<ShowActions />} component="div">
    <Section title="resources.annual-reports.summary">
      <Summary />
    </Section>
    <Section title="resources.annual-reports.figures">
      <Figures />
    </Section>
    <Section title="resources.annual-reports.targetActuals">
      <TargetActuals />
    </Section>
    <Section title="resources.annual-reports.fields.narrative">
      <Narrative />
    </Section>
    <Section title="resources.annual-reports.reevaluation">
      <Reevaluation />
    </Section>
    <Section title="resources.applications.tabs.audit">
      <AuditTimeline subjectType="annual-report" />
    </Section>
  </Show>
);
