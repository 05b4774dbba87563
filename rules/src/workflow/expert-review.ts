import type { ConflictDeclaration } from '../domain';
import { actionsFrom, type Lifecycle } from './lifecycle';

/**
 * A score sheet's state, read from what it stores: a conflict-of-interest declaration comes first,
 * a conflicted sheet ends there, a sheet declared free of conflict is scored and then submitted. A
 * submitted sheet is final unless the province reopens it, with its reason, while the application is
 * still in its review.
 */
export const EXPERT_REVIEW_STATES = ['undeclared', 'scoring', 'conflicted', 'submitted'] as const;
export type ExpertReviewState = (typeof EXPERT_REVIEW_STATES)[number];
export const EXPERT_REVIEW_ACTIONS = ['declareNoConflict', 'declareConflict', 'score', 'submit', 'reopen'] as const;
export type ExpertReviewAction = (typeof EXPERT_REVIEW_ACTIONS)[number];

export const expertReviewLifecycle: Lifecycle<ExpertReviewState, ExpertReviewAction> = {
  resource: 'expert-reviews',
  name: { zh: '评分表', en: 'score sheet' },
  states: EXPERT_REVIEW_STATES,
  actions: EXPERT_REVIEW_ACTIONS,
  steps: {
    declareNoConflict: { to: 'scoring', by: { expert: ['undeclared'] } },
    declareConflict: { to: 'conflicted', by: { expert: ['undeclared'] } },
    score: { to: 'scoring', by: { expert: ['scoring'] } },
    submit: { to: 'submitted', by: { expert: ['scoring'] } },
    reopen: { to: 'scoring', by: { province_admin: ['submitted'] }, reason: true },
  },
};

/** Experts score only while the application is in the province's review. */
export const SCORING_APPLICATION_STATE = 'province_review';

export function expertReviewStateOf(sheet: { conflictOfInterest?: ConflictDeclaration | string | null; submitted?: boolean | null }): ExpertReviewState {
  if (sheet.submitted) return 'submitted';
  if (sheet.conflictOfInterest === 'conflicted') return 'conflicted';
  return sheet.conflictOfInterest === 'none' ? 'scoring' : 'undeclared';
}

/** Whether the expert can still change the sheet: it is neither submitted nor ended by a conflict. */
export function sheetOpen(sheet: Parameters<typeof expertReviewStateOf>[0]): boolean {
  return actionsFrom(expertReviewLifecycle, 'expert', expertReviewStateOf(sheet)).length > 0;
}
