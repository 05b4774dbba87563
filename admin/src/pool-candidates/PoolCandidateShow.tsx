import { Labeled, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AuditTimeline } from '../audit-events/AuditTimeline';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { industryTypeChoices } from '../domain';
import { RegionField } from '../regions/RegionField';
import { PoolCandidateActions } from './PoolCandidateActions';

export const PoolCandidateShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <StatusField source="status" />
      <RegionField source="prefectureCode" />
      <RegionField source="countyCode" />
      <TextField source="leadingIndustry" />
      <SelectField source="industryType" choices={industryTypeChoices} emptyText="—" />
      <TextField source="declarantName" emptyText="—" />
      <TextField source="operatorName" emptyText="—" />
      <NumberField source="areaKm2" emptyText="—" />
      <NumberField source="figuresYear" options={{ useGrouping: false }} />
      <NumberField source="totalOutput" emptyText="—" />
      <NumberField source="firmCount" emptyText="—" />
      <NumberField source="smeCount" emptyText="—" />
      <TextField source="notes" emptyText="—" />
      <DateField source="proposedOn" />
      <TextField source="cityOpinion" emptyText="—" />
      <TextField source="decisionComment" emptyText="—" />
      <DateField source="decidedOn" emptyText="—" />
      <ReferenceField source="clusterId" reference="clusters" link="show" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <PoolCandidateActions />
      <Labeled label="resources.audit-events.timeline">
        <AuditTimeline subjectType="pool-candidate" />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
