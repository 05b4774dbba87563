// The domain's closed vocabularies (DOMAIN.md §1–§3). Labels live in the i18n
// messages under `sme.<vocabulary>.<key>`; this file only holds the keys.

export const roles = ['province_admin', 'city_reviewer', 'county_declarant', 'expert'] as const;
export type Role = (typeof roles)[number];

export const clusterStatuses = ['cultivating', 'recognized', 'renewal_pending', 'expired', 'revoked'] as const;
export const applicationStatuses = [
    'draft',
    'submitted',
    'city_review',
    'recommended',
    'province_review',
    'shortlisted',
    'public_notice',
    'recognized',
    'returned',
    'rejected',
] as const;
export const callNoticeStatuses = ['draft', 'published', 'closed'] as const;
export const verdicts = ['eligible', 'needs_review', 'incomplete', 'ineligible'] as const;
export const revocationGrounds = [
    'no_longer_meets_criteria',
    'false_declaration',
    'annual_report_missing',
    'change_not_filed',
    'incident',
] as const;
export const regionLevels = ['prefecture', 'county'] as const;
export const jobs = ['expiry', 'renewal', 'annual_report_sweep', 'revocation_sweep'] as const;
export const jobOutcomes = ['running', 'succeeded', 'failed'] as const;
export const conflictDeclarations = ['undeclared', 'none', 'conflicted'] as const;
export const changeKinds = ['leading_industry', 'spatial_scope', 'operator', 'other'] as const;
export const changeFilingStatuses = ['filed', 'forwarded', 'acknowledged'] as const;
export const clusterActions = ['requestRenewal', 'approveRenewal', 'denyRenewal', 'revoke'] as const;

// The server stores the industry type as the form's own Chinese wording, so
// the stored value and the translation key differ.
export const industryTypes = [
    { id: '第一产业', key: 'primary' },
    { id: '第二产业', key: 'secondary' },
    { id: '第三产业', key: 'tertiary' },
] as const;

export type Status =
    | (typeof clusterStatuses)[number]
    | (typeof applicationStatuses)[number]
    | (typeof callNoticeStatuses)[number];
export type Verdict = (typeof verdicts)[number];

/** Choices for a SelectInput; react-admin translates `name` as a message key. */
export const choicesOf = (vocabulary: string, keys: readonly string[]) =>
    keys.map(key => ({ id: key, name: `sme.${vocabulary}.${key}` }));

export const industryTypeChoices = industryTypes.map(({ id, key }) => ({ id, name: `sme.industryType.${key}` }));
