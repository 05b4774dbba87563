import type { Role } from '../access';
import { APPLICATION_ACTIONS, APPLICATION_STATUSES, type ApplicationAction, type ApplicationStatus } from '../domain';
import { formSections, type SectionKey } from '../form';
import { actionsFrom, statesAwaiting, type Lifecycle } from './lifecycle';

/**
 * The application lifecycle (docs/domain.md §3, Art. 13–16): each action, the state it leads to and per
 * role the states it may start from. Region and scope come from the matrix (`transition` on
 * applications); the preconditions of the policy (quota, deadlines, the public notice's end) are the
 * server's, since they read other records.
 */
export const applicationLifecycle: Lifecycle<ApplicationStatus, ApplicationAction> = {
  resource: 'applications',
  name: { zh: '申报', en: 'application' },
  states: APPLICATION_STATUSES,
  actions: APPLICATION_ACTIONS,
  steps: {
    // A returned application is corrected and submitted again by the county (Art. 14–15).
    submit: { to: 'submitted', by: { county_declarant: ['draft', 'returned'] } },
    startCityReview: { to: 'city_review', by: { city_reviewer: ['submitted'] } },
    return: { to: 'returned', by: { city_reviewer: ['submitted', 'city_review'], province_admin: ['recommended', 'province_review'] }, reason: true },
    reject: {
      to: 'rejected',
      by: { city_reviewer: ['submitted', 'city_review'], province_admin: ['recommended', 'province_review', 'shortlisted'] },
      reason: true,
    },
    recommend: { to: 'recommended', by: { city_reviewer: ['city_review'] } },
    startProvinceReview: { to: 'province_review', by: { province_admin: ['recommended'] } },
    shortlist: { to: 'shortlisted', by: { province_admin: ['province_review'] } },
    openPublicNotice: { to: 'public_notice', by: { province_admin: ['shortlisted'] } },
    raiseObjection: { to: 'province_review', by: { province_admin: ['public_notice'] }, reason: true },
    recognize: { to: 'recognized', by: { province_admin: ['public_notice'] } },
    // 拟推荐国家级: a mark on a recognized application within the call's national quota, not a new state.
    markNational: { to: 'recognized', by: { province_admin: ['recognized'] } },
    unmarkNational: { to: 'recognized', by: { province_admin: ['recognized'] }, reason: true },
  },
};

/** The lifecycle's actions from the application's state, with only the national mark that applies: mark when unmarked, unmark when marked. */
export function applicationActionsFor(role: Role, application: { status: ApplicationStatus; nationalRecommended?: boolean | null }): ApplicationAction[] {
  const inapplicable: ApplicationAction = application.nationalRecommended ? 'markNational' : 'unmarkNational';
  return actionsFrom(applicationLifecycle, role, application.status).filter((action) => action !== inapplicable);
}

/** The states a city's quota counts: recommended by it and not since rejected or returned. */
export const QUOTA_STATES: readonly ApplicationStatus[] = ['recommended', 'province_review', 'shortlisted', 'public_notice', 'recognized'];

/** Every section of the form but the city's recommendation (九): what the county writes. */
const DECLARANT_SECTIONS = (Object.keys(formSections) as SectionKey[]).filter((key) => key !== 'recommendation');

/**
 * Who writes which part of the form in which states: the county the whole form except the city's
 * recommendation while draft or returned; the city only its recommendation, during city review.
 */
export const APPLICATION_FORM_RIGHTS: Partial<Record<Role, { states: readonly ApplicationStatus[]; sections: readonly SectionKey[] }>> = {
  county_declarant: { states: ['draft', 'returned'], sections: DECLARANT_SECTIONS },
  city_reviewer: { states: ['city_review'], sections: ['recommendation'] },
};

/** The sections `role` may write on an application in `status`; none outside its states. */
export function editableSections(role: Role, status: string): readonly SectionKey[] {
  const rights = APPLICATION_FORM_RIGHTS[role];
  return rights && rights.states.includes(status as ApplicationStatus) ? rights.sections : [];
}

export const applicationActionsFrom = (role: Role, status: ApplicationStatus) => actionsFrom(applicationLifecycle, role, status);

/** The states in which an application waits on `role` (the dashboards' to-do counts). */
export const applicationStatesAwaiting = (role: Role) => statesAwaiting(applicationLifecycle, role);
