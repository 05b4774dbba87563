import type { Core } from '@strapi/strapi';

/** A moment in China: `shanghai('2027-03-10', '23:59')`. The jobs judge every date in Asia/Shanghai. */
export const shanghai = (date: string, time = '02:00') => new Date(`${date}T${time}:00+08:00`);

export interface ClusterSeed {
  name?: string;
  status: 'cultivating' | 'recognized' | 'renewal_pending' | 'expired' | 'revoked';
  validUntil?: string | null;
  recognizedAt?: string | null;
  countyCode?: string;
  renewals?: Array<{
    requestedOn: string;
    outcome: 'pending' | 'approved' | 'denied';
    previousValidUntil?: string;
    newValidUntil?: string;
    effective?: boolean;
  }>;
}

let counter = 0;

/** Test data written straight to the database, in 仁怀市 (遵义市) unless told otherwise: demo users exist for both. */
export function jobFixtures(strapi: Core.Strapi) {
  const regionId = async (code: string) => {
    const row = (await strapi.db.query('api::region.region').findOne({ where: { code }, populate: { parent: true } })) as {
      documentId: string;
      parent: { documentId: string } | null;
    };
    return row;
  };
  return {
    async cluster(seed: ClusterSeed): Promise<string> {
      const county = await regionId(seed.countyCode ?? '520382');
      counter += 1;
      const created = await strapi.documents('api::cluster.cluster').create({
        data: {
          name: seed.name ?? `中小企业特色产业集群（测试${counter}）`,
          leadingIndustry: '测试产业',
          status: seed.status,
          validUntil: seed.validUntil ?? null,
          recognizedAt: seed.recognizedAt ?? null,
          county: county.documentId,
          prefecture: county.parent!.documentId,
          renewals: seed.renewals ?? [],
        } as never,
      });
      return created.documentId;
    },
    async get(documentId: string) {
      return (await strapi.documents('api::cluster.cluster').findOne({ documentId, populate: { renewals: true } })) as unknown as {
        status: string;
        validUntil: string | null;
        revocationGround: string | null;
        revokedAt: string | null;
        version: number;
        renewals: Array<{ outcome: string; effective: boolean | null; newValidUntil: string | null }>;
      };
    },
    async ground(
      clusterId: string,
      ground: string,
      options: { status?: 'proposed' | 'confirmed' | 'dismissed'; recordedAt?: string; source?: string } = {},
    ): Promise<string> {
      const created = await strapi.documents('api::revocation-ground.revocation-ground').create({
        data: {
          cluster: clusterId,
          ground,
          source: options.source ?? 'change_filing',
          recordedAt: options.recordedAt ?? '2027-01-01T00:00:00.000Z',
          status: options.status ?? 'proposed',
        } as never,
      });
      return created.documentId;
    },
    async annualReport(clusterId: string, year: number, status: 'draft' | 'submitted', submittedAt?: Date) {
      await strapi.documents('api::annual-report.annual-report').create({
        data: { cluster: clusterId, year, status, submittedAt: submittedAt?.toISOString() ?? null } as never,
      });
    },
    async audits(clusterId: string) {
      return (await strapi.db
        .query('api::audit-event.audit-event')
        .findMany({ where: { subjectType: 'cluster', subjectId: clusterId }, orderBy: { id: 'asc' } })) as Array<{
        action: string;
        actorRole: string;
        fromState: string;
        toState: string;
        comment: string;
      }>;
    },
    async proposals(clusterId: string) {
      return (await strapi.db
        .query('api::revocation-ground.revocation-ground')
        .findMany({ where: { cluster: { documentId: clusterId } }, orderBy: { id: 'asc' } })) as Array<Record<string, unknown>>;
    },
    async notices(clusterId: string) {
      return (await strapi.db.query('api::notification.notification').findMany({
        where: { subjectId: clusterId },
        populate: { recipient: { select: ['email'] } },
        orderBy: { id: 'asc' },
      })) as Array<{ kind: string; title: string; recipient: { email: string } | null }>;
    },
  };
}
