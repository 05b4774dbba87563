import { TextInput, maxLength } from 'react-admin';

/** What the city writes itself: its cultivation work of the year (the figures come from the clusters' annual reports). */
export const CityReportNarrativeInput = () => (
  <TextInput source="narrative" multiline minRows={6} fullWidth validate={maxLength(6000)} helperText="resources.city-reports.hints.narrative" />
);
