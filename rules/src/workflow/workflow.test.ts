import { ROLES } from '../access';
import { APPLICATION_STATUSES, CLUSTER_STATUSES, type RenewalOutcome } from '../domain';
import { formSections } from '../form';
import {
  actionsFrom,
  actsOn,
  openStates,
  annualReportLifecycle,
  applicationLifecycle,
  applicationStatesAwaiting,
  changeFilingLifecycle,
  changeFilingStepOf,
  clusterActionsFor,
  clusterLifecycle,
  editableSections,
  expertReviewLifecycle,
  expertReviewStateOf,
  IN_EFFECT_STATUSES,
  mayStart,
  OPEN_RENEWAL_OUTCOMES,
  openRenewalOf,
  QUOTA_STATES,
  renewalLifecycle,
  revocationProposalLifecycle,
  sheetOpen,
  statesAwaiting,
  targetsOf,
  type Lifecycle,
} from '.';

const lifecycles: Array<Lifecycle<string, string>> = [
  applicationLifecycle,
  clusterLifecycle,
  renewalLifecycle,
  annualReportLifecycle,
  changeFilingLifecycle,
  expertReviewLifecycle,
];

describe('every lifecycle is closed over its own states', () => {
  test.each(lifecycles.map((l) => [l.name.en, l] as const))('%s: each step starts from and leads to declared states, for known roles', (_name, lifecycle) => {
    expect(Object.keys(lifecycle.steps).sort()).toEqual([...lifecycle.actions].sort());
    for (const action of lifecycle.actions) {
      const step = lifecycle.steps[action];
      expect(lifecycle.states).toContain(step.to);
      for (const [role, from] of Object.entries(step.by)) {
        expect(ROLES).toContain(role);
        expect(from!.length).toBeGreaterThan(0);
        for (const state of from!) expect(lifecycle.states).toContain(state);
      }
    }
  });
});

describe('the application lifecycle (Art. 13–16)', () => {
  test('a decided application is final: marking it 拟推荐国家级 keeps it where it is', () => {
    expect(openStates(applicationLifecycle)).not.toContain('recognized');
    expect(openStates(applicationLifecycle)).not.toContain('rejected');
    expect(openStates(applicationLifecycle)).toContain('public_notice');
  });

  test('each role acts only from its own states', () => {
    expect(actionsFrom(applicationLifecycle, 'county_declarant', 'draft')).toEqual(['submit']);
    expect(actionsFrom(applicationLifecycle, 'county_declarant', 'returned')).toEqual(['submit']);
    expect(actionsFrom(applicationLifecycle, 'county_declarant', 'submitted')).toEqual([]);
    expect(actionsFrom(applicationLifecycle, 'city_reviewer', 'submitted')).toEqual(['startCityReview', 'return', 'reject']);
    expect(actionsFrom(applicationLifecycle, 'city_reviewer', 'city_review')).toEqual(['return', 'reject', 'recommend']);
    expect(actionsFrom(applicationLifecycle, 'province_admin', 'public_notice')).toEqual(['raiseObjection', 'recognize']);
    expect(actionsFrom(applicationLifecycle, 'province_admin', 'shortlisted')).toEqual(['reject', 'openPublicNotice']);
    expect(actionsFrom(applicationLifecycle, 'expert', 'province_review')).toEqual([]);
  });

  test('a recognized or rejected application is final: only its national mark changes, by the province', () => {
    for (const role of ROLES) {
      expect(actionsFrom(applicationLifecycle, role, 'recognized')).toEqual(role === 'province_admin' ? ['markNational', 'unmarkNational'] : []);
      for (const action of ['markNational', 'unmarkNational'] as const) expect(applicationLifecycle.steps[action].to).toBe('recognized');
      expect(actionsFrom(applicationLifecycle, role, 'rejected')).toEqual([]);
    }
  });

  test('decisions against the declarant carry their reason, and so does withdrawing a national mark; the others do not', () => {
    const withReason = applicationLifecycle.actions.filter((action) => applicationLifecycle.steps[action].reason);
    expect(withReason).toEqual(['return', 'reject', 'raiseObjection', 'unmarkNational']);
  });

  test('what waits on each role', () => {
    expect(applicationStatesAwaiting('county_declarant')).toEqual(['draft', 'returned']);
    expect(applicationStatesAwaiting('city_reviewer')).toEqual(['submitted', 'city_review']);
    expect(applicationStatesAwaiting('province_admin')).toEqual(['recommended', 'province_review', 'shortlisted', 'public_notice']);
    expect(applicationStatesAwaiting('expert')).toEqual([]);
  });

  test('the quota counts recommended applications and everything after, not returned or rejected ones', () => {
    expect(QUOTA_STATES).toEqual(['recommended', 'province_review', 'shortlisted', 'public_notice', 'recognized']);
    expect(QUOTA_STATES.every((state) => APPLICATION_STATUSES.includes(state))).toBe(true);
  });

  test('form rights: the county writes all but the recommendation in draft and returned; the city only the recommendation in city review', () => {
    const all = Object.keys(formSections);
    expect(editableSections('county_declarant', 'draft')).toEqual(all.filter((key) => key !== 'recommendation'));
    expect(editableSections('county_declarant', 'returned')).toEqual(all.filter((key) => key !== 'recommendation'));
    expect(editableSections('county_declarant', 'submitted')).toEqual([]);
    expect(editableSections('city_reviewer', 'city_review')).toEqual(['recommendation']);
    expect(editableSections('city_reviewer', 'submitted')).toEqual([]);
    expect(editableSections('province_admin', 'province_review')).toEqual([]);
    expect(editableSections('expert', 'province_review')).toEqual([]);
  });
});

describe('the cluster lifecycle (Art. 17, 20)', () => {
  test('the county asks for re-review of a recognized cluster; the province decides and revokes', () => {
    expect(actionsFrom(clusterLifecycle, 'county_declarant', 'recognized')).toEqual(['requestRenewal']);
    expect(actionsFrom(clusterLifecycle, 'province_admin', 'renewal_pending')).toEqual(['approveRenewal', 'denyRenewal', 'revoke']);
    expect(actionsFrom(clusterLifecycle, 'city_reviewer', 'renewal_pending')).toEqual(['forwardRenewal', 'returnRenewal']);
    expect(actionsFrom(clusterLifecycle, 'province_admin', 'recognized')).toEqual(['revoke']);
    expect(actionsFrom(clusterLifecycle, 'county_declarant', 'renewal_pending')).toEqual(['amendRenewal']);
    for (const role of ROLES) {
      expect(actionsFrom(clusterLifecycle, role, 'revoked')).toEqual([]);
      expect(actionsFrom(clusterLifecycle, role, 'expired')).toEqual([]);
    }
    expect(actsOn(clusterLifecycle, 'city_reviewer', 'revoke')).toBe(false);
  });

  test('a recognition is in effect while recognized or awaiting its re-review', () => {
    expect(IN_EFFECT_STATUSES).toEqual(['recognized', 'renewal_pending']);
    expect(IN_EFFECT_STATUSES.every((state) => (CLUSTER_STATUSES as readonly string[]).includes(state))).toBe(true);
  });

  test('a re-review request goes through the city: it forwards with an opinion or returns; the province decides what was forwarded', () => {
    expect(actionsFrom(renewalLifecycle, 'city_reviewer', 'pending')).toEqual(['forward', 'return']);
    expect(actionsFrom(renewalLifecycle, 'province_admin', 'pending')).toEqual([]);
    expect(actionsFrom(renewalLifecycle, 'province_admin', 'forwarded')).toEqual(['approve', 'deny']);
    expect(actionsFrom(renewalLifecycle, 'city_reviewer', 'forwarded')).toEqual([]);
    // The county corrects its data only while the request waits on its city.
    expect(actionsFrom(renewalLifecycle, 'county_declarant', 'pending')).toEqual(['amend']);
    expect(actionsFrom(renewalLifecycle, 'county_declarant', 'forwarded')).toEqual([]);
    for (const role of ROLES) for (const final of ['returned', 'approved', 'denied'] as const) expect(actionsFrom(renewalLifecycle, role, final)).toEqual([]);
    expect(OPEN_RENEWAL_OUTCOMES).toEqual(['pending', 'forwarded']);
    expect(renewalLifecycle.steps.forward.reason).toBe(true);
    expect(renewalLifecycle.steps.deny.reason).toBe(true);
    expect(clusterLifecycle.steps.revoke.reason).toBe(true);
  });

  test("a cluster's actions follow its re-review request's state", () => {
    const request = (outcome: RenewalOutcome) => [{ requestedOn: '2026-10-01', outcome }];
    const pending = { status: 'renewal_pending' as const, renewals: request('pending') };
    const forwarded = { status: 'renewal_pending' as const, renewals: request('forwarded') };
    expect(clusterActionsFor('city_reviewer', pending)).toEqual(['forwardRenewal', 'returnRenewal']);
    expect(clusterActionsFor('province_admin', pending)).toEqual(['revoke']);
    expect(clusterActionsFor('city_reviewer', forwarded)).toEqual([]);
    expect(clusterActionsFor('county_declarant', pending)).toEqual(['amendRenewal']);
    expect(clusterActionsFor('county_declarant', forwarded)).toEqual([]);
    expect(clusterActionsFor('province_admin', forwarded)).toEqual(['approveRenewal', 'denyRenewal', 'revoke']);
    // A returned request leaves the cluster recognized: the county may ask again, the city has nothing to do.
    expect(clusterActionsFor('county_declarant', { status: 'recognized', renewals: request('returned') })).toEqual(['requestRenewal']);
    expect(clusterActionsFor('city_reviewer', { status: 'recognized', renewals: request('returned') })).toEqual([]);
    expect(openRenewalOf(request('approved'))).toBeUndefined();
    expect(openRenewalOf([])).toBeUndefined();
  });
});

describe('annual reports, change filings and score sheets', () => {
  test('the city submits a draft annual report once', () => {
    expect(mayStart(annualReportLifecycle, 'city_reviewer', 'submit', 'draft')).toBe(true);
    expect(mayStart(annualReportLifecycle, 'city_reviewer', 'submit', 'submitted')).toBe(false);
    expect(mayStart(annualReportLifecycle, 'county_declarant', 'submit', 'draft')).toBe(false);
  });

  test('a change filing goes county → city → province, one step per level', () => {
    expect(changeFilingStepOf('city_reviewer')).toEqual({ action: 'forward', from: 'filed', to: 'forwarded' });
    expect(changeFilingStepOf('province_admin')).toEqual({ action: 'acknowledge', from: 'forwarded', to: 'acknowledged' });
    expect(changeFilingStepOf('county_declarant')).toBeUndefined();
    expect(targetsOf(changeFilingLifecycle)).toEqual(['forwarded', 'acknowledged']);
    expect(statesAwaiting(changeFilingLifecycle, 'city_reviewer')).toEqual(['filed']);
  });

  test('a score sheet: declare first, a conflict ends it, a submitted sheet is final', () => {
    expect(expertReviewStateOf({ conflictOfInterest: 'undeclared', submitted: false })).toBe('undeclared');
    expect(expertReviewStateOf({ conflictOfInterest: 'none', submitted: false })).toBe('scoring');
    expect(expertReviewStateOf({ conflictOfInterest: 'conflicted', submitted: false })).toBe('conflicted');
    expect(expertReviewStateOf({ conflictOfInterest: 'none', submitted: true })).toBe('submitted');
    expect(actionsFrom(expertReviewLifecycle, 'expert', 'undeclared')).toEqual(['declareNoConflict', 'declareConflict']);
    expect(actionsFrom(expertReviewLifecycle, 'expert', 'scoring')).toEqual(['score', 'submit']);
    expect(sheetOpen({ conflictOfInterest: 'none', submitted: false })).toBe(true);
    expect(sheetOpen({ conflictOfInterest: 'conflicted', submitted: false })).toBe(false);
    expect(sheetOpen({ conflictOfInterest: 'none', submitted: true })).toBe(false);
    expect(actionsFrom(expertReviewLifecycle, 'province_admin', 'scoring')).toEqual([]);
    // Final unless the province reopens it, with its reason.
    expect(actionsFrom(expertReviewLifecycle, 'expert', 'submitted')).toEqual([]);
    expect(actionsFrom(expertReviewLifecycle, 'province_admin', 'submitted')).toEqual(['reopen']);
    expect(expertReviewLifecycle.steps.reopen).toMatchObject({ to: 'scoring', reason: true });
  });
});

describe('revocation proposals (Art. 20)', () => {
  test('only the province decides an open proposal, either way with its reason; a decided one is final', () => {
    expect(actionsFrom(revocationProposalLifecycle, 'province_admin', 'proposed')).toEqual(['confirm', 'dismiss']);
    for (const role of ['city_reviewer', 'county_declarant', 'expert'] as const) expect(actionsFrom(revocationProposalLifecycle, role, 'proposed')).toEqual([]);
    for (const state of ['confirmed', 'dismissed'] as const) expect(actionsFrom(revocationProposalLifecycle, 'province_admin', state)).toEqual([]);
    expect(revocationProposalLifecycle.steps.confirm.reason && revocationProposalLifecycle.steps.dismiss.reason).toBe(true);
  });
});
