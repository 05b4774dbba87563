import type { RevocationGround, RevocationGroundSource } from '@sme-cluster/rules';

export interface GroundRecord {
  clusterId: string;
  ground: RevocationGround;
  source: RevocationGroundSource;
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
