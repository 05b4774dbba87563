import { BooleanField, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AuditTimeline } from '../audit-events/AuditTimeline';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { RegionField } from '../regions/RegionField';
import { changeKindChoices } from './ChangeFilingList';
import { ProgressButton } from './ProgressButton';

export const ChangeFilingShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="clusterName" />
      <RegionField source="countyCode" />
      <SelectField source="kind" choices={changeKindChoices} />
      <TextField source="before" />
      <TextField source="after" />
      <NumberField source="areaKm2" emptyText="—" />
      <DateField source="changedOn" />
      <DateField source="filedOn" />
      <BooleanField source="late" />
      <StatusField source="status" />
      <DateField source="forwardedAt" showTime emptyText="—" />
      <ProgressButton />
      <AuditTimeline subjectType="change-filing" />
    </SimpleShowLayout>
  </Show>
);
