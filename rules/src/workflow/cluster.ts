import type { Role } from '../access';
import { CLUSTER_ACTIONS, CLUSTER_STATUSES, RENEWAL_OUTCOMES, type ClusterAction, type ClusterStatus, type RenewalOutcome } from '../domain';
import type { RenewalData } from '../renewal-data';
import { actionsFrom, mayStart, openStates, type Lifecycle } from './lifecycle';

/**
 * The cluster lifecycle (docs/domain.md §3, Art. 17 re-review, Art. 20 revocation); expiry is the expiry
 * job's. A re-review request goes through the city: while it waits on the city or the province the
 * cluster is `renewal_pending`; which of them may act follows the request's own lifecycle below.
 */
export const clusterLifecycle: Lifecycle<ClusterStatus, ClusterAction> = {
  resource: 'clusters',
  name: { zh: '集群', en: 'cluster' },
  states: CLUSTER_STATUSES,
  actions: CLUSTER_ACTIONS,
  steps: {
    requestRenewal: { to: 'renewal_pending', by: { county_declarant: ['recognized'] } },
    // The county corrects and completes the pre-filled re-review data until its city has acted.
    amendRenewal: { to: 'renewal_pending', by: { county_declarant: ['renewal_pending'] } },
    // The city's opinion goes with the request to the province.
    forwardRenewal: { to: 'renewal_pending', by: { city_reviewer: ['renewal_pending'] }, reason: true },
    returnRenewal: { to: 'recognized', by: { city_reviewer: ['renewal_pending'] }, reason: true },
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
  /** When the city forwarded it, with its opinion. */
  forwardedOn?: string | null;
  cityOpinion?: string | null;
  decidedOn?: string | null;
  outcome: RenewalOutcome;
  previousValidUntil?: string | null;
  newValidUntil?: string | null;
  effective?: boolean | null;
  comment?: string | null;
  /** The re-review data assembled when the county asked. */
  data?: RenewalData | null;
}

/** A stored renewal row as plain data: every field present, blanks as null (the stored row's id left out). */
export function plainRenewal({
  requestedOn,
  forwardedOn,
  cityOpinion,
  decidedOn,
  outcome,
  previousValidUntil,
  newValidUntil,
  effective,
  comment,
  data,
}: Renewal): Renewal {
  return {
    requestedOn,
    forwardedOn: forwardedOn ?? null,
    cityOpinion: cityOpinion ?? null,
    decidedOn: decidedOn ?? null,
    outcome,
    previousValidUntil: previousValidUntil ?? null,
    newValidUntil: newValidUntil ?? null,
    effective: Boolean(effective),
    comment: comment ?? null,
    data: data ?? null,
  };
}

export type RenewalStep = 'amend' | 'forward' | 'return' | 'approve' | 'deny';

/**
 * A re-review request (Art. 17) as its own lifecycle: while it waits on the city the county may still
 * correct its data; the city forwards it with its opinion or returns
 * it to the county; the province approves (three more years, effective at the old validUntil through
 * the renewal job) or denies it.
 */
export const renewalLifecycle: Lifecycle<RenewalOutcome, RenewalStep> = {
  resource: 'clusters',
  name: { zh: '复核申请', en: 're-review request' },
  states: RENEWAL_OUTCOMES,
  actions: ['amend', 'forward', 'return', 'approve', 'deny'],
  steps: {
    amend: { to: 'pending', by: { county_declarant: ['pending'] } },
    forward: { to: 'forwarded', by: { city_reviewer: ['pending'] }, reason: true },
    return: { to: 'returned', by: { city_reviewer: ['pending'] }, reason: true },
    approve: { to: 'approved', by: { province_admin: ['forwarded'] } },
    deny: { to: 'denied', by: { province_admin: ['forwarded'] }, reason: true },
  },
};

/** Which step of the request each cluster action takes. */
export const RENEWAL_STEPS: Partial<Record<ClusterAction, RenewalStep>> = {
  amendRenewal: 'amend',
  forwardRenewal: 'forward',
  returnRenewal: 'return',
  approveRenewal: 'approve',
  denyRenewal: 'deny',
};

/** A request still waiting on the city or the province: it keeps the cluster from expiring. */
export const OPEN_RENEWAL_OUTCOMES: readonly RenewalOutcome[] = openStates(renewalLifecycle);

/** The request a decision applies to: the latest one, if it is still open. */
export function openRenewalOf(renewals: readonly Renewal[] | null | undefined): Renewal | undefined {
  const latest = renewals?.[renewals.length - 1];
  return latest && OPEN_RENEWAL_OUTCOMES.includes(latest.outcome) ? latest : undefined;
}

/**
 * The cluster actions `role` may take now: the cluster's lifecycle, and for a decision on a re-review
 * the request's own state (the province decides only what the city forwarded).
 */
export function clusterActionsFor(role: Role, cluster: { status: ClusterStatus; renewals?: readonly Renewal[] | null }): ClusterAction[] {
  const open = openRenewalOf(cluster.renewals);
  return actionsFrom(clusterLifecycle, role, cluster.status).filter((action) => {
    const step = RENEWAL_STEPS[action];
    return !step || (open !== undefined && mayStart(renewalLifecycle, role, step, open.outcome));
  });
}
