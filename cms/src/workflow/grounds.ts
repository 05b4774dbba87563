/** The revocation grounds of Art. 20 (DOMAIN §3), as stable keys. */
export const REVOCATION_GROUNDS = ['no_longer_meets_criteria', 'false_declaration', 'annual_report_missing', 'change_not_filed', 'incident'] as const;
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number];
