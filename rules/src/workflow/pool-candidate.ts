import { POOL_CANDIDATE_ACTIONS, POOL_CANDIDATE_STATUSES, type PoolCandidateAction, type PoolCandidateStatus } from '../domain';
import type { Lifecycle } from './lifecycle';

/**
 * The cultivation pool (培育库, Art. 7): a county proposes a candidate cluster, its city confirms it to
 * the province or returns it with a reason (the county corrects it and proposes it again), and the
 * province admits it — the cluster enters the pool as `cultivating` — or declines it with a reason.
 */
export const poolCandidateLifecycle: Lifecycle<PoolCandidateStatus, PoolCandidateAction> = {
  resource: 'pool-candidates',
  name: { zh: '培育库入库申请', en: 'cultivation pool candidate' },
  states: POOL_CANDIDATE_STATUSES,
  actions: POOL_CANDIDATE_ACTIONS,
  steps: {
    resubmitCandidate: { to: 'awaiting_city', by: { county_declarant: ['returned'] } },
    endorseCandidate: { to: 'awaiting_province', by: { city_reviewer: ['awaiting_city'] } },
    returnCandidate: { to: 'returned', by: { city_reviewer: ['awaiting_city'] }, reason: true },
    admitCandidate: { to: 'admitted', by: { province_admin: ['awaiting_province'] } },
    declineCandidate: { to: 'declined', by: { province_admin: ['awaiting_province'] }, reason: true },
  },
};

/** The states in which the county may still change what it proposed: before its city has confirmed it. */
export const POOL_CANDIDATE_EDITABLE_STATES: readonly PoolCandidateStatus[] = ['awaiting_city', 'returned'];
