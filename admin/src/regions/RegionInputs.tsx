import { AutocompleteInput, FormDataConsumer, ReferenceInput, type InputProps } from 'react-admin';

// `source` stays explicit: react-admin's filter bar reads it from the element's props.
export const PrefectureInput = ({ source, ...rest }: InputProps) => (
  <ReferenceInput source={source} reference="regions" filter={{ level: 'prefecture' }} sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput {...rest} />
  </ReferenceInput>
);

/** Offers only the counties of the prefecture chosen in the same form or filter bar. */
export const CountyInput = ({ source, prefectureSource = 'prefectureCode', ...rest }: InputProps & { prefectureSource?: string }) => (
  <FormDataConsumer>
    {({ formData }) => {
      const prefectureCode = formData[prefectureSource] as string | undefined;
      return (
        <ReferenceInput
          source={source}
          reference="regions"
          filter={prefectureCode ? { level: 'county', parentCode: prefectureCode } : { level: 'county' }}
          sort={{ field: 'code', order: 'ASC' }}
        >
          <AutocompleteInput {...rest} />
        </ReferenceInput>
      );
    }}
  </FormDataConsumer>
);
