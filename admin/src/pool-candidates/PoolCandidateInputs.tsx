import { Stack } from '@mui/material';
import { NumberInput, SelectInput, TextInput, maxValue, minValue, required } from 'react-admin';
import { industryTypeChoices } from '../domain';

const lastYear = new Date().getFullYear() - 1;

/** What a county says of its candidate: the cluster, its key figures of one ended year, its cultivation so far. */
export const PoolCandidateInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth helperText="resources.pool-candidates.hints.name" />
    <Stack direction={{ xs: 'column', md: 'row' }} gap={2} width="100%">
      <TextInput source="leadingIndustry" validate={required()} />
      <SelectInput source="industryType" choices={industryTypeChoices} />
      <NumberInput source="areaKm2" min={0} step={0.01} validate={minValue(0)} />
    </Stack>
    <Stack direction={{ xs: 'column', md: 'row' }} gap={2} width="100%">
      <TextInput source="declarantName" fullWidth />
      <TextInput source="operatorName" fullWidth />
    </Stack>
    <Stack direction={{ xs: 'column', md: 'row' }} gap={2} width="100%">
      <NumberInput source="figuresYear" defaultValue={lastYear} validate={[required(), maxValue(lastYear)]} />
      <NumberInput source="totalOutput" min={0} step={0.01} validate={minValue(0)} />
      <NumberInput source="firmCount" min={0} step={1} validate={minValue(0)} />
      <NumberInput source="smeCount" min={0} step={1} validate={minValue(0)} />
    </Stack>
    <TextInput source="notes" multiline minRows={3} fullWidth />
  </>
);
