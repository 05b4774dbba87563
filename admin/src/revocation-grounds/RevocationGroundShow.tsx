import { Stack } from '@mui/material';
import { SelectField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import type { RevocationDecision } from '@sme-cluster/rules';
import { AuditTimeline } from '../audit-events/AuditTimeline';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { RegionField } from '../regions/RegionField';
import { DecideButton } from './DecideButton';
import { groundChoices, sourceChoices } from './RevocationGroundList';

/** The decisions the server says the caller may take on this proposal now. */
const Decisions = () => {
  const record = useRecordContext<{ id: string; allowedActions?: RevocationDecision[] }>();
  if (!record?.allowedActions?.length) return null;
  return (
    <Stack direction="row" gap={1}>
      {record.allowedActions.map((decision) => (
        <DecideButton key={decision} decision={decision} ids={[record.id]} />
      ))}
    </Stack>
  );
};

export const RevocationGroundShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="clusterName" />
      <RegionField source="countyCode" />
      <SelectField source="ground" choices={groundChoices} />
      <SelectField source="source" choices={sourceChoices} />
      <TextField source="note" emptyText="—" />
      <DateField source="recordedAt" showTime />
      <StatusField source="status" />
      <DateField source="decidedAt" showTime emptyText="—" />
      <TextField source="decisionComment" emptyText="—" />
      <Decisions />
      <AuditTimeline subjectType="revocation-ground" />
    </SimpleShowLayout>
  </Show>
);
