import { Labeled, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AuditTimeline } from '../audit-events/AuditTimeline';
import { DateField } from '../common/DateField';
import { industryTypeChoices } from '../domain';
import { StatusField } from '../common/StatusField';
import { RegionField } from '../regions/RegionField';
import { ClusterActions } from './ClusterActions';
import { revocationGroundChoices } from './clusterChoices';
import { RenewalHistory } from './RenewalHistory';
import { StartApplicationButton } from './StartApplicationButton';

export const ClusterShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <StatusField source="status" />
      <TextField source="leadingIndustry" />
      <SelectField source="industryType" choices={industryTypeChoices} />
      <NumberField source="areaKm2" />
      <RegionField source="prefectureCode" />
      <RegionField source="countyCode" />
      <TextField source="declarantName" />
      <TextField source="operatorName" />
      <DateField source="recognizedAt" />
      <DateField source="validUntil" />
      <SelectField source="revocationGround" choices={revocationGroundChoices} />
      <DateField source="updatedAt" showTime />
      <RenewalHistory />
      <ClusterActions />
      <StartApplicationButton />
      <Labeled label="resources.audit-events.timeline">
        <AuditTimeline subjectType="cluster" />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
