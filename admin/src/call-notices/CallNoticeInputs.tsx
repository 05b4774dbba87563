import { DateInput, NumberInput, SelectInput, TextInput, email, maxLength, maxValue, minValue, required } from 'react-admin';
import { DEFAULT_NATIONAL_QUOTA, DEFAULT_RANKING_METHOD, RANKING_METHODS } from '@sme-cluster/rules';
import { choicesOf } from '../domain';
import { callNoticeStatusChoices } from './callNoticeChoices';

// One call per year (Art. 13); the server checks the dates' order and the quota range.
export const CallNoticeInputs = () => (
  <>
    <NumberInput source="year" validate={required()} />
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="documentNumber" />
    <DateInput source="opensOn" validate={required()} />
    <DateInput source="closesOn" validate={required()} />
    <DateInput source="cityRecommendationDeadline" validate={required()} />
    <NumberInput source="cityQuotaMin" defaultValue={2} validate={minValue(0)} />
    <NumberInput source="cityQuotaMax" defaultValue={5} validate={minValue(1)} />
    <NumberInput source="publicNoticeDays" defaultValue={5} validate={minValue(1)} />
    <NumberInput source="nationalQuota" defaultValue={DEFAULT_NATIONAL_QUOTA} validate={[minValue(1), maxValue(100)]} />
    <SelectInput source="rankingMethod" choices={choicesOf('rankingMethod', RANKING_METHODS)} defaultValue={DEFAULT_RANKING_METHOD} validate={required()} />
    {/* Printed with every open public notice of this call: whom the public objects to. */}
    <TextInput source="contactName" validate={maxLength(40)} />
    <TextInput source="contactPhone" validate={maxLength(30)} />
    <TextInput source="contactEmail" validate={[email(), maxLength(120)]} />
    <TextInput source="contactAddress" validate={maxLength(200)} fullWidth />
    <SelectInput source="status" choices={callNoticeStatusChoices} defaultValue="draft" validate={required()} />
  </>
);
