import type { RevocationGround, RevocationGroundSource } from '@sme-cluster/rules';

export interface GroundRecord {
  clusterId: string;
  ground: RevocationGround;
  source: RevocationGroundSource;
  sourceId?: string;
  note?: string;
  /** Set when the ground was already acted on (the province's own revocation): it is on record as confirmed. */
  appliedAt?: string;
}

/**
 * Puts an Art. 20 ground on record. Found by a record (a late change filing, an annual report failing
 * the criteria) it is a proposal the province confirms or dismisses; the province's own revocation
 * records its ground as confirmed and applied.
 */
export async function recordGround(record: GroundRecord, now = new Date()): Promise<void> {
  await strapi.documents('api::revocation-ground.revocation-ground').create({
    data: {
      cluster: record.clusterId,
      ground: record.ground,
      source: record.source,
      sourceId: record.sourceId,
      note: record.note,
      recordedAt: now.toISOString(),
      status: record.appliedAt ? 'confirmed' : 'proposed',
      decidedAt: record.appliedAt,
      appliedAt: record.appliedAt,
    } as never,
  });
}
