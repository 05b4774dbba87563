import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';

export const CallNoticeShow = () => (
  <Show>
    <SimpleShowLayout>
      <NumberField source="year" options={{ useGrouping: false }} />
      <TextField source="title" />
      <TextField source="documentNumber" />
      <StatusField source="status" />
      <DateField source="opensOn" />
      <DateField source="closesOn" />
      <DateField source="cityRecommendationDeadline" />
      <NumberField source="cityQuotaMin" />
      <NumberField source="cityQuotaMax" />
      <NumberField source="publicNoticeDays" />
    </SimpleShowLayout>
  </Show>
);
