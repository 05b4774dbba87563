import { ReferenceField, TextField } from 'react-admin';

/** A region code shown as its name; region pages add nothing for staff, so no link. */
export const RegionField = ({ source }: { source: string; label?: string }) => (
  <ReferenceField source={source} reference="regions" link={false}>
    <TextField source="name" />
  </ReferenceField>
);
