import type { Role } from '../access';
import { CHANGE_FILING_STATUSES, type ChangeFilingStatus } from '../domain';
import type { Lifecycle } from './lifecycle';

export type ChangeFilingAction = 'forward' | 'acknowledge';

/** A change filing (重大变动备案, Art. 18) goes from the county through the city to the province. */
export const changeFilingLifecycle: Lifecycle<ChangeFilingStatus, ChangeFilingAction> = {
  resource: 'change-filings',
  name: { zh: '重大变动备案', en: 'change filing' },
  states: CHANGE_FILING_STATUSES,
  actions: ['forward', 'acknowledge'],
  steps: {
    forward: { to: 'forwarded', by: { city_reviewer: ['filed'] } },
    acknowledge: { to: 'acknowledged', by: { province_admin: ['forwarded'] } },
  },
};

/** The one step a level takes on a filing (the city forwards, the province acknowledges), if any. */
export function changeFilingStepOf(role: Role): { action: ChangeFilingAction; from: ChangeFilingStatus; to: ChangeFilingStatus } | undefined {
  for (const action of changeFilingLifecycle.actions) {
    const step = changeFilingLifecycle.steps[action];
    const from = step.by[role];
    if (from?.length) return { action, from: from[0], to: step.to };
  }
  return undefined;
}
