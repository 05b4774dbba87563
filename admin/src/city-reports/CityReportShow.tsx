import { Labeled, NumberField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { AuditTimeline } from '../audit-events/AuditTimeline';
import { DateField, DateTimeText } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { RegionField } from '../regions/RegionField';
import { CityReportActions } from './CityReportActions';
import { CityReportFigures } from './CityReportFigures';
import { LatenessChip } from './LatenessChip';

const SubmittedAt = () => {
  const record = useRecordContext<{ submittedAt: string | null }>();
  return record?.submittedAt ? <DateTimeText value={record.submittedAt} /> : <>—</>;
};

export const CityReportShow = () => (
  <Show>
    <SimpleShowLayout>
      <RegionField source="prefectureCode" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <StatusField source="status" />
      <LatenessChip />
      <DateField source="dueOn" />
      <Labeled source="submittedAt">
        <SubmittedAt />
      </Labeled>
      <TextField source="returnReason" emptyText="—" />
      <TextField source="narrative" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <CityReportFigures />
      <CityReportActions />
      <Labeled label="resources.audit-events.timeline">
        <AuditTimeline subjectType="city-report" />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
