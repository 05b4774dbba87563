import { CLUSTER_ACTIONS, CLUSTER_STATUSES, RENEWAL_OUTCOMES, type ClusterAction, type ClusterStatus, type RenewalOutcome } from '../domain';
import type { Lifecycle } from './lifecycle';

/** The cluster lifecycle (docs/domain.md §3, Art. 17 re-review, Art. 20 revocation); expiry is the expiry job's. */
export const clusterLifecycle: Lifecycle<ClusterStatus, ClusterAction> = {
  resource: 'clusters',
  name: { zh: '集群', en: 'cluster' },
  states: CLUSTER_STATUSES,
  actions: CLUSTER_ACTIONS,
  steps: {
    requestRenewal: { to: 'renewal_pending', by: { county_declarant: ['recognized'] } },
    approveRenewal: { to: 'recognized', by: { province_admin: ['renewal_pending'] } },
    denyRenewal: { to: 'recognized', by: { province_admin: ['renewal_pending'] }, reason: true },
    revoke: { to: 'revoked', by: { province_admin: ['recognized', 'renewal_pending'] }, reason: true },
  },
};

/** A recognition in effect (有效期内, Art. 20): recognized, or awaiting its re-review (复核) and so not expired. */
export const IN_EFFECT_STATUSES: readonly string[] = ['recognized', 'renewal_pending'] satisfies ClusterStatus[];

/** A row of the cluster.renewal component: a re-review request and its decision (Art. 17); `id` once stored. */
export interface Renewal {
  id?: number;
  requestedOn: string;
  decidedOn?: string | null;
  outcome: RenewalOutcome;
  previousValidUntil?: string | null;
  newValidUntil?: string | null;
  effective?: boolean | null;
  comment?: string | null;
}

/**
 * A re-review request (Art. 17) as its own small lifecycle: the province decides a pending one; the
 * renewal job makes an approval effective at the old validUntil.
 */
export const renewalLifecycle: Lifecycle<RenewalOutcome, 'approve' | 'deny'> = {
  resource: 'clusters',
  name: { zh: '复核申请', en: 're-review request' },
  states: RENEWAL_OUTCOMES,
  actions: ['approve', 'deny'],
  steps: {
    approve: { to: 'approved', by: { province_admin: ['pending'] } },
    deny: { to: 'denied', by: { province_admin: ['pending'] }, reason: true },
  },
};

/** Which renewal decision each cluster action takes. */
export const RENEWAL_DECISIONS: Partial<Record<ClusterAction, keyof typeof renewalLifecycle.steps>> = { approveRenewal: 'approve', denyRenewal: 'deny' };
