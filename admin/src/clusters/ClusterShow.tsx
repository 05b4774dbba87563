import { Labeled, NumberField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { lazyScreen } from '../common/lazyScreen';
import { AuditTimeline } from '../audit-events/AuditTimeline';
import { DateField } from '../common/DateField';
import { industryTypeChoices } from '../domain';
import { StatusField } from '../common/StatusField';
import { RegionField } from '../regions/RegionField';
import { ClusterActions } from './ClusterActions';
import { revocationGroundChoices } from './clusterChoices';
import { RenewalHistory } from './RenewalHistory';
import { StartApplicationButton } from './StartApplicationButton';

// The target view loads with the first recognized cluster opened, not with the list.
const ClusterTargets = lazyScreen(
  () => import('../targets/ClusterTargets'),
  (m) => m.ClusterTargets,
);

/** A cluster that was recognized is read against its plan's targets (Art. 5 跟踪监测). */
const Targets = () => {
  const record = useRecordContext<{ recognizedAt?: string | null }>();
  if (!record?.recognizedAt) return null;
  return (
    <Labeled label="sme.targets.title" fullWidth>
      <ClusterTargets />
    </Labeled>
  );
};

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
      <Targets />
      <RenewalHistory />
      <ClusterActions />
      <StartApplicationButton />
      <Labeled label="resources.audit-events.timeline">
        <AuditTimeline subjectType="cluster" />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
