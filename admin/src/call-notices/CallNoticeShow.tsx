import { FunctionField, NumberField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';

export const CallNoticeShow = () => {
  const translate = useTranslate();
  return (
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
        <NumberField source="nationalQuota" />
        <FunctionField
          source="rankingMethod"
          render={(record: { rankingMethod?: string }) => translate(`sme.rankingMethod.${record.rankingMethod ?? 'weightedMean'}`)}
        />
        <TextField source="contactName" emptyText="—" />
        <TextField source="contactPhone" emptyText="—" />
        <TextField source="contactEmail" emptyText="—" />
        <TextField source="contactAddress" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
};
