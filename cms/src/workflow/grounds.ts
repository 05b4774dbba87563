/** The revocation grounds of Art. 20 (DOMAIN §3), as stable keys. */
export const REVOCATION_GROUNDS = ['no_longer_meets_criteria', 'false_declaration', 'annual_report_missing', 'change_not_filed', 'incident'] as const;
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number];

export interface GroundRecord {
  clusterId: string;
  ground: RevocationGround;
  source: 'change_filing' | 'annual_report' | 'incident_report' | 'province';
  sourceId?: string;
  note?: string;
  /** Set when the ground was already acted on (a direct revocation), so the sweep leaves it alone. */
  appliedAt?: string;
}

/** Puts an Art. 20 ground on record; the revocation sweep revokes clusters with confirmed, unapplied ones. */
export async function recordGround(record: GroundRecord, now = new Date()): Promise<void> {
  await strapi.documents('api::revocation-ground.revocation-ground').create({
    data: {
      cluster: record.clusterId,
      ground: record.ground,
      source: record.source,
      sourceId: record.sourceId,
      note: record.note,
      recordedAt: now.toISOString(),
      confirmed: true,
      appliedAt: record.appliedAt,
    } as never,
  });
}
