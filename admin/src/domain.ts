// The console's choices of the domain's closed vocabularies. The values and their Chinese/English
// labels are declared once in @sme-cluster/rules; the i18n messages `sme.<vocabulary>.<key>` are
// built from those labels (i18n/vocabularies.ts), so a choice names its value's message key.
import { INDUSTRY_TYPES } from '@sme-cluster/rules';

export type { Role } from '@sme-cluster/rules';

/** Choices for a SelectInput; react-admin translates `name` as a message key. */
export const choicesOf = (vocabulary: string, keys: readonly string[]) => keys.map((key) => ({ id: key, name: `sme.${vocabulary}.${key}` }));

// The server stores the industry type as the form's own Chinese wording, so
// the stored value and the translation key differ.
export const industryTypeChoices = INDUSTRY_TYPES.map(({ value, key }) => ({ id: value, name: `sme.industryType.${key}` }));
