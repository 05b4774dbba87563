import Chip, { type ChipProps } from '@mui/material/Chip';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

// One colour per meaning, shared by every lifecycle: green = in force,
// amber = waiting on someone, red = ended badly, blue = in progress.
const tones: Record<string, ChipProps['color']> = {
  cultivating: 'info',
  recognized: 'success',
  renewal_pending: 'warning',
  expired: 'default',
  revoked: 'error',
  draft: 'default',
  submitted: 'info',
  city_review: 'info',
  recommended: 'primary',
  province_review: 'info',
  shortlisted: 'primary',
  public_notice: 'warning',
  returned: 'warning',
  rejected: 'error',
  published: 'success',
  closed: 'default',
  eligible: 'success',
  needs_review: 'warning',
  incomplete: 'warning',
  ineligible: 'error',
  running: 'info',
  succeeded: 'success',
  failed: 'error',
  skipped: 'default',
  abandoned: 'error',
  undeclared: 'default',
  none: 'success',
  conflicted: 'error',
  filed: 'info',
  forwarded: 'primary',
  acknowledged: 'success',
  proposed: 'warning',
  confirmed: 'error',
  dismissed: 'default',
};

/**
 * A lifecycle state as a coloured chip. The vocabulary defaults to the source's name:
 * `status` → `sme.status.*`, `verdict` → `sme.verdict.*`.
 */
export const StatusField = ({ source, vocabulary = source }: FieldProps & { source: string; vocabulary?: string }) => {
  const value = useFieldValue({ source }) as string | null | undefined;
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size="small" color={tones[value] ?? 'default'} label={translate(`sme.${vocabulary}.${value}`, { _: value })} />;
};
