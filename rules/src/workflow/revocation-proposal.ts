import { REVOCATION_PROPOSAL_STATUSES, type RevocationProposalStatus } from '../domain';
import type { Lifecycle } from './lifecycle';

export type RevocationDecision = 'confirm' | 'dismiss';

/**
 * A revocation proposal (Art. 20): a ground found by a sweep or a record waits for the province, which
 * confirms it (the cluster is revoked at once) or dismisses it, each with its reason. Nothing else
 * revokes a cluster but the province's own revocation.
 */
export const revocationProposalLifecycle: Lifecycle<RevocationProposalStatus, RevocationDecision> = {
  resource: 'revocation-grounds',
  name: { zh: '撤销建议', en: 'revocation proposal' },
  states: REVOCATION_PROPOSAL_STATUSES,
  actions: ['confirm', 'dismiss'],
  steps: {
    confirm: { to: 'confirmed', by: { province_admin: ['proposed'] }, reason: true },
    dismiss: { to: 'dismissed', by: { province_admin: ['proposed'] }, reason: true },
  },
};
