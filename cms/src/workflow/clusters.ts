import { z } from 'zod';
import { CLUSTER_ACTIONS, REVOCATION_GROUNDS, type ClusterAction, type ClusterStatus, type RenewalOutcome } from '@sme-cluster/rules';
import { updateAndRead } from '../console/controller';
import type { Filters } from '../console/resource';
import { codeOf, regionPopulate } from '../console/regions';
import { clusterResource } from '../api/cluster/console';
import { recordGround } from './grounds';
import type { Renewal } from '../jobs/changes';
import { recordAudit } from '../lib/audit';
import { conflict, unprocessable } from '../lib/errors';
import type { StaffPrincipal } from '../lib/principal';
import { allowedActions, inClaimedTransaction, startAction, type ActionRule, type Workflow } from './actions';
import { lifecycle } from './config';
import { addDays, addYears, todayInShanghai } from '@sme-cluster/rules';

/** docs/domain.md §3 cluster lifecycle (Art. 17, 20): who may act from which state. */
const ACTIONS: Record<ClusterAction, ActionRule<ClusterStatus>> = {
  requestRenewal: { to: 'renewal_pending', by: { county_declarant: ['recognized'] } },
  approveRenewal: { to: 'recognized', by: { province_admin: ['renewal_pending'] } },
  denyRenewal: { to: 'recognized', by: { province_admin: ['renewal_pending'] } },
  revoke: { to: 'revoked', by: { province_admin: ['recognized', 'renewal_pending'] } },
};

const actionSchema = z
  .object({
    action: z.enum(CLUSTER_ACTIONS),
    ground: z.enum(REVOCATION_GROUNDS).optional(),
    comment: z.string().trim().max(2000).optional().default(''),
    version: z.number().int().min(0).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.action === 'revoke' && !body.ground) ctx.addIssue({ code: 'custom', path: ['ground'], message: 'ground', params: { zh: '请选择第二十条规定的撤销情形', en: 'Choose a ground of Art. 20' } });
    if ((body.action === 'revoke' || body.action === 'denyRenewal') && !body.comment) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'comment', params: { zh: '请填写理由', en: 'Give the reason' } });
  });

type Entity = Record<string, unknown> & { documentId: string; status: ClusterStatus; version: number; validUntil: string | null; renewals?: Renewal[] };

const CLUSTERS: Workflow<ClusterStatus, ClusterAction> = {
  uid: 'api::cluster.cluster',
  resource: 'clusters',
  name: { zh: '集群', en: 'cluster' },
  actions: CLUSTER_ACTIONS,
  rules: ACTIONS,
};
const populate = { ...regionPopulate, renewals: true };

export function allowedClusterActions(principal: StaffPrincipal | undefined, entity: Record<string, unknown>): ClusterAction[] {
  return allowedActions(CLUSTERS, principal, entity);
}

const plain = ({ requestedOn, decidedOn, outcome, previousValidUntil, newValidUntil, effective, comment }: Renewal): Renewal => ({
  requestedOn,
  decidedOn: decidedOn ?? null,
  outcome,
  previousValidUntil: previousValidUntil ?? null,
  newValidUntil: newValidUntil ?? null,
  effective: effective ?? false,
  comment: comment ?? null,
});

/** The pending re-review with its decision applied. */
function decide(renewals: Renewal[], outcome: Exclude<RenewalOutcome, 'pending'>, today: string, comment: string): Renewal[] {
  const index = renewals.map((r) => r.outcome).lastIndexOf('pending');
  if (index < 0) conflict('没有待决的复核申请 / No pending re-review');
  return renewals.map((renewal, i) => {
    if (i !== index) return renewal;
    const newValidUntil = outcome === 'approved' && renewal.previousValidUntil ? addYears(renewal.previousValidUntil, 3) : null;
    // The renewal job makes an approval effective at the old validUntil, not now.
    return { ...renewal, outcome, decidedOn: today, newValidUntil, effective: false, comment: comment || renewal.comment || null };
  });
}

function effectsOf(action: ClusterAction, entity: Entity, today: string, input: z.infer<typeof actionSchema>): Record<string, unknown> {
  const renewals = (entity.renewals ?? []).map(plain);
  switch (action) {
    case 'requestRenewal': {
      const validUntil = entity.validUntil;
      const { renewalWindowOpensDaysBefore: before, renewalWindowClosesDaysAfter: after } = lifecycle();
      const opens = validUntil ? addDays(validUntil, -before) : null;
      const closes = validUntil ? addDays(validUntil, after) : null;
      if (!opens || !closes || today < opens || today > closes) {
        unprocessable(`复核申请期为 ${opens ?? '—'} 至 ${closes ?? '—'} / Re-review can be requested from ${opens ?? '—'} to ${closes ?? '—'}`);
      }
      return { renewals: [...renewals, { requestedOn: today, outcome: 'pending', previousValidUntil: validUntil, effective: false, comment: input.comment || null }] };
    }
    case 'approveRenewal':
      return { renewals: decide(renewals, 'approved', today, input.comment) };
    case 'denyRenewal':
      return { renewals: decide(renewals, 'denied', today, input.comment) };
    case 'revoke':
      return { revocationGround: input.ground, revokedAt: today };
  }
}

/** One cluster action: checked like an application transition, claimed at the version read, audited in the same transaction. */
export async function actOnCluster(principal: StaffPrincipal, scoped: Filters, id: string, body: unknown, now = new Date()) {
  const { entity, input, rule } = await startAction<ClusterStatus, ClusterAction, Entity, typeof actionSchema>(CLUSTERS, {
    principal,
    scoped,
    id,
    body,
    from: clusterResource,
    populate,
    schema: actionSchema,
  });
  const today = todayInShanghai(now);
  const data = effectsOf(input.action, entity, today, input);
  return inClaimedTransaction(CLUSTERS, entity, async () => {
    const updated = await updateAndRead(CLUSTERS.uid, entity.documentId, { status: rule.to, ...data }, populate);
    if (input.action === 'revoke') {
      // On record like every other ground; already applied, so the revocation sweep leaves it alone.
      await recordGround({ clusterId: entity.documentId, ground: input.ground!, source: 'province', note: input.comment, appliedAt: now.toISOString() }, now);
    }
    await recordAudit({
      actor: principal,
      action: input.action,
      subjectType: 'cluster',
      subjectId: entity.documentId,
      prefectureCode: codeOf(entity.prefecture),
      countyCode: codeOf(entity.county),
      fromState: entity.status,
      toState: rule.to,
      comment: input.comment || null,
      details: input.ground ? { ground: input.ground } : undefined,
    });
    return clusterResource.detail!.toRecord(updated, principal);
  });
}
