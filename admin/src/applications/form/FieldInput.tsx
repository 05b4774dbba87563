import { Box, Checkbox, FormControlLabel, FormHelperText, InputAdornment, Paper, Stack, ToggleButton, Typography } from '@mui/material';
import { countChars, isNone, type CheckboxItem, type FieldNode, type FileRef } from '@sme-cluster/rules';
import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useInput,
  useTranslate,
} from 'react-admin';
import { EvidenceFiles } from './EvidenceFiles';
import { useApplicationFormSettings } from './FormContext';

export interface FieldInputProps {
  field: FieldNode;
  /** Where the value lives in the record, e.g. `form.basic.areaKm2`. */
  source: string;
  /** The printed label; table cells pass `false` (the row and column headers say it). */
  label: string | false;
  /** A cell of a table: narrow, no helper line. */
  compact?: boolean;
}

/** The value types that accept "无" (填报说明 2, docs/form.md §0). */
const NONEABLE = new Set(['string', 'text', 'decimal2', 'percent2', 'integer', 'countNames', 'files']);

/** One input of the form, chosen by the field's value type; "无" where the form accepts it. */
export const FieldInput = (props: FieldInputProps) => {
  const { field } = props;
  if (field.value.type === 'year') return null;
  const input = <BareInput {...props} />;
  // `data-field` lets a list of open items find the field and focus its input.
  return (
    <Box data-field={props.source} sx={{ display: 'contents' }}>
      {NONEABLE.has(field.value.type) && field.required !== 'no' ? <NoneToggle {...props}>{input}</NoneToggle> : input}
    </Box>
  );
};

/** "无" next to the input: the value becomes `{ none: true }` and the input gives way to the word. */
const NoneToggle = ({ source, label, compact, children }: FieldInputProps & { children: ReactNode }) => {
  const translate = useTranslate();
  const { readOnly } = useApplicationFormSettings();
  const { setValue } = useFormContext();
  const none = isNone(useWatch({ name: source }));
  const toggle = () => setValue(source, none ? null : { none: true }, { shouldDirty: true, shouldValidate: true });
  return (
    <Stack direction="row" alignItems="flex-start" gap={0.5} sx={{ width: '100%' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        {none ? (
          <Box sx={{ py: compact ? 0.5 : 1 }}>
            {label && (
              <Typography variant="caption" color="text.secondary" component="div">
                {label}
              </Typography>
            )}
            <Typography>{translate('resources.applications.form.none')}</Typography>
          </Box>
        ) : (
          children
        )}
      </Box>
      {!readOnly && (
        <ToggleButton
          value="none"
          size="small"
          selected={none}
          onChange={toggle}
          title={translate('resources.applications.form.noneHint')}
          aria-label={`${translate('resources.applications.form.none')}：${label || source}`}
          sx={{ mt: compact ? 0.5 : 1.5, px: 1, py: 0.25, minWidth: 0 }}
        >
          {translate('resources.applications.form.none')}
        </ToggleButton>
      )}
    </Stack>
  );
};

const BareInput = ({ field, source, label, compact }: FieldInputProps) => {
  const { readOnly } = useApplicationFormSettings();
  const value = field.value;
  const common = { source, label: label, readOnly, helperText: false as const };
  switch (value.type) {
    case 'string':
      return <TextInput {...common} fullWidth={!compact} size={compact ? 'small' : undefined} />;
    case 'text':
      return <TextWithCounter {...common} maxChars={value.maxChars} />;
    case 'decimal2':
    case 'percent2':
    case 'integer': {
      const unit = field.unit && !(label || '').includes(field.unit) && !compact ? field.unit : undefined;
      return (
        <NumberInput
          {...common}
          step={value.type === 'integer' ? 1 : 0.01}
          size={compact ? 'small' : undefined}
          sx={compact ? { width: 140, my: 0 } : { minWidth: 240 }}
          InputProps={unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined}
        />
      );
    }
    case 'choice': {
      const choices = value.options.map((option) => ({ id: option.value, name: option.value }));
      return choices.length > 3 ? (
        <SelectInput {...common} choices={choices} translateChoice={false} />
      ) : (
        <RadioButtonGroupInput {...common} choices={choices} translateChoice={false} row />
      );
    }
    case 'date':
      return <DateInput {...common} />;
    case 'countNames':
      return <CountNamesInput source={source} label={label || ''} />;
    case 'files':
      return <FilesInput source={source} label={label || ''} />;
    case 'checkbox':
      return <CheckboxItemInput source={source} label={label || ''} />;
    case 'regionCity':
    case 'regionCounty':
      // The server writes the application's own region here on every save: shown, never chosen.
      return (
        <ReferenceInput source={source} reference="regions">
          <AutocompleteInput label={label} readOnly disabled helperText={false} />
        </ReferenceInput>
      );
    case 'fixed':
      return (
        <Paper variant="outlined" sx={{ p: 2, my: 1 }}>
          {label && (
            <Typography variant="subtitle2" gutterBottom>
              {label}
            </Typography>
          )}
          <Typography>{value.text}</Typography>
        </Paper>
      );
    case 'year':
      return null;
  }
};

/** A narrative with its count as the form counts it: code points, line breaks not counted. */
const TextWithCounter = ({ maxChars, ...props }: { source: string; label: string | false; readOnly: boolean; maxChars: number; helperText: false }) => {
  const translate = useTranslate();
  const text = useWatch({ name: props.source });
  const count = typeof text === 'string' ? countChars(text) : 0;
  const over = count > maxChars;
  return (
    <Box sx={{ width: '100%' }}>
      <TextInput {...props} multiline minRows={maxChars > 200 ? 6 : 2} fullWidth />
      <FormHelperText error={over} data-testid={`counter-${props.source}`} sx={{ textAlign: 'right', mt: -0.5, mb: 1 }}>
        {translate('resources.applications.form.charCount', { count, max: maxChars })}
      </FormHelperText>
    </Box>
  );
};

/** The form's "数量：  个 / 名称：": a count and the names, one chip per name. */
const CountNamesInput = ({ source, label }: { source: string; label: string }) => {
  const translate = useTranslate();
  const { readOnly } = useApplicationFormSettings();
  const value = useWatch({ name: source }) as { count?: number; names?: string[] } | undefined;
  const names = value?.names ?? [];
  const mismatch = typeof value?.count === 'number' && value.count !== names.length;
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {label}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2} alignItems="flex-start">
        <NumberInput
          source={`${source}.count`}
          label="resources.applications.form.count"
          step={1}
          readOnly={readOnly}
          helperText={false}
          InputProps={{ endAdornment: <InputAdornment position="end">个</InputAdornment> }}
          sx={{ width: 160 }}
        />
        <AutocompleteArrayInput
          source={`${source}.names`}
          label="resources.applications.form.names"
          choices={names.map((name) => ({ id: name, name }))}
          onCreate={(name?: string) => (name ? { id: name, name } : undefined)}
          createItemLabel="resources.applications.form.addName"
          readOnly={readOnly}
          helperText={false}
          sx={{ flex: 1, minWidth: 280 }}
        />
      </Stack>
      {mismatch && <FormHelperText sx={{ color: 'warning.main' }}>{translate('resources.applications.form.countMismatch')}</FormHelperText>}
    </Box>
  );
};

/** A `files` field: the uploaded files ("需提供清单" / "需提供佐证材料"). */
const FilesInput = ({ source, label }: { source: string; label: string }) => {
  const { readOnly } = useApplicationFormSettings();
  const { field, fieldState } = useInput({ source });
  const files = Array.isArray(field.value) ? (field.value as FileRef[]) : [];
  return (
    <Box sx={{ py: 1, width: '100%' }}>
      <Typography variant="body2" gutterBottom>
        {label}
      </Typography>
      <EvidenceFiles files={files} onChange={readOnly ? undefined : field.onChange} readOnly={readOnly} label={label} />
      {fieldState.error && <FormHelperText error>{String(fieldState.error.message)}</FormHelperText>}
    </Box>
  );
};

/** One □ item: ticked ⇒ its evidence (勾选需提供佐证材料), uploaded right beside it. */
const CheckboxItemInput = ({ source, label }: { source: string; label: string }) => {
  const translate = useTranslate();
  const { readOnly } = useApplicationFormSettings();
  const { field } = useInput({ source });
  const item: CheckboxItem = { checked: false, evidence: [], ...(field.value as Partial<CheckboxItem> | undefined) };
  return (
    <Box sx={{ py: 0.5 }}>
      <FormControlLabel
        label={label}
        control={<Checkbox checked={item.checked} disabled={readOnly} onChange={(event) => field.onChange({ ...item, checked: event.target.checked })} />}
      />
      {item.checked && (
        <Box sx={{ pl: 4 }}>
          <EvidenceFiles files={item.evidence} readOnly={readOnly} label={label} onChange={(evidence) => field.onChange({ ...item, evidence })} />
          {item.evidence.length === 0 && (
            <FormHelperText sx={{ color: 'warning.main' }}>{translate('resources.applications.form.evidenceNeeded')}</FormHelperText>
          )}
        </Box>
      )}
    </Box>
  );
};
