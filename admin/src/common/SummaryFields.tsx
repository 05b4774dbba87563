import { Labeled } from 'react-admin';
import { RegionField } from '../regions/RegionField';
import { DateField } from './DateField';

/** Where a submitted record comes from and when it was submitted and last changed: the tail of the application and annual-report summaries. */
export const RegionAndTimesSummary = () => (
  <>
    <Labeled source="prefectureCode">
      <RegionField source="prefectureCode" />
    </Labeled>
    <Labeled source="countyCode">
      <RegionField source="countyCode" />
    </Labeled>
    <Labeled source="submittedAt">
      <DateField source="submittedAt" showTime emptyText="—" />
    </Labeled>
    <Labeled source="updatedAt">
      <DateField source="updatedAt" showTime />
    </Labeled>
  </>
);
