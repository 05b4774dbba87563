import {
  JOB_NAMES,
  addDays,
  conflictTies,
  organizationLines,
  annualReportDeadline,
  applicationLifecycle,
  parseLifecycle,
  todayInShanghai,
  type RenewalData,
} from '@sme-cluster/rules';
import lifecycleJson from '../config/lifecycle.json';
import { runJob } from '../cms/src/jobs/runner';
import { firstBreak } from '../cms/src/lib/audit-chain';
import { bootApp, type TestApp } from './helpers/strapi';
import { shanghai } from './helpers/jobs';

// The demo data tells one coherent story (issue 18 item 7, issue 22): every record got to its
// state through the steps of its lifecycle, taken in the past by the demo accounts; the public
// site shows a published list and a running 公示; and the data survives its first nights.
jest.setTimeout(300_000);

let app: TestApp;
let province: string;

beforeAll(async () => {
  app = await bootApp();
  province = await app.login('province@demo.local');
});

afterAll(async () => {
  await app?.stop();
});

const lifecycle = parseLifecycle(lifecycleJson);
const today = todayInShanghai();
const year = Number(today.slice(0, 4));
const nextDeadline = [year, year + 1].map((y) => annualReportDeadline(y, lifecycle)).find((deadline) => deadline >= today)!;
const days = { tomorrow: addDays(today, 1), 'the day after the next annual-report deadline': addDays(nextDeadline, 1) };

interface AuditRow {
  id: number;
  at: string;
  action: string;
  actorRole: string;
  fromState: string | null;
  toState: string | null;
  reportRef: string | null;
  actor: { email: string } | null;
}
const auditsOf = async (subjectId: string) =>
  (await app.strapi.db
    .query('api::audit-event.audit-event')
    .findMany({ where: { subjectId }, populate: { actor: true }, orderBy: { id: 'asc' } })) as AuditRow[];

describe('the history of each seeded application', () => {
  it('runs from its creation through the steps of its lifecycle to its state, each step by a demo account of the role that takes it, in the past and in order', async () => {
    const applications = (await app.strapi.db.query('api::application.application').findMany({})) as Array<{
      documentId: string;
      status: string;
      clusterName: string;
    }>;
    expect(applications.length).toBeGreaterThanOrEqual(7);
    for (const application of applications) {
      const events = (await auditsOf(application.documentId)).filter((event) => event.action !== 'evaluate');
      expect({ name: application.clusterName, first: events[0]?.action }).toEqual({ name: application.clusterName, first: 'create' });
      expect(events.at(-1)!.toState).toBe(application.status);
      let state = 'draft';
      for (const event of events.slice(1)) {
        const step = applicationLifecycle.steps[event.action as keyof typeof applicationLifecycle.steps];
        expect({ action: event.action, from: event.fromState, to: event.toState }).toEqual({ action: event.action, from: state, to: step.to });
        expect(step.by[event.actorRole as keyof typeof step.by]).toContain(state);
        state = step.to;
      }
      const times = events.map((event) => Date.parse(event.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThan(Date.now());
      for (const event of events) expect(event.actor?.email).toMatch(/@demo\.local$/);
    }
  });

  it('has a current rule report, evaluated by its city, once it has reached city review', async () => {
    const reviewed = (await app.strapi.db.query('api::application.application').findMany({
      where: { status: { $notIn: ['draft', 'submitted', 'returned'] } },
    })) as Array<{ documentId: string; report: { verdict: string } | null; verdict: string | null; reportAt: string; formUpdatedAt: string }>;
    expect(reviewed.length).toBeGreaterThanOrEqual(4);
    for (const application of reviewed) {
      expect(application.report?.verdict).toEqual(application.verdict);
      // Not older than the form, so the console does not call it stale and the city may recommend on it.
      expect(new Date(application.reportAt).getTime()).toBeGreaterThan(new Date(application.formUpdatedAt).getTime());
      const evaluations = (await auditsOf(application.documentId)).filter((event) => event.action === 'evaluate');
      expect(evaluations).toEqual([expect.objectContaining({ actorRole: 'city_reviewer', reportRef: expect.any(String) })]);
    }
  });

  it('keeps the audit trail one unbroken hash chain', async () => {
    const rows = (await app.strapi.db
      .connection('audit_events as e')
      .leftJoin('audit_events_actor_lnk as l', 'l.audit_event_id', 'e.id')
      .select('e.*', 'l.user_id as actor_id')
      .orderBy('e.id')) as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(30);
    expect(firstBreak(rows)).toBeNull();
  });
});

describe('what the public and the province see on the first day', () => {
  it('the public site shows published recognized lists of clusters in effect and a running 公示 with its dates', async () => {
    const lists = (await app.http.get('/api/public/recognized-lists').expect(200)).body.data as Array<{ documentId: string; clusterCount: number }>;
    expect(lists.length).toBeGreaterThanOrEqual(1);
    for (const list of lists) {
      const detail = (await app.http.get(`/api/public/recognized-lists/${list.documentId}`).expect(200)).body.data;
      expect(detail.clusters.length).toBeGreaterThan(0);
      for (const cluster of detail.clusters) expect(cluster.standing).toBe('valid');
    }
    const notices = (await app.http.get('/api/public/notices').expect(200)).body.data as Array<{
      startsOn: string;
      endsOn: string;
      entries: Array<{ clusterName: string }>;
    }>;
    expect(notices).toHaveLength(1);
    expect(notices[0].startsOn <= today && today <= notices[0].endsOn).toBe(true);
    const page = (await app.http.get('/').expect(200)).text;
    expect(page).toContain(notices[0].entries[0].clusterName);
    const [endYear, endMonth, endDay] = notices[0].endsOn.split('-').map(Number);
    expect(page).toContain(`${endYear}年${endMonth}月${endDay}日`);

    // The application in 公示 was scored by both experts before it was shortlisted.
    const [inNotice] = (await app.strapi.db.query('api::application.application').findMany({
      where: { status: 'public_notice' },
      populate: { expertReviews: true },
    })) as Array<{ clusterName: string; expertReviews: Array<{ submitted: boolean; conflictOfInterest: string; weightedScore: unknown }> }>;
    expect(inNotice.clusterName).toBe(notices[0].entries[0].clusterName);
    expect(inNotice.expertReviews).toHaveLength(2);
    for (const sheet of inNotice.expertReviews) expect(sheet).toMatchObject({ submitted: true, conflictOfInterest: 'none', weightedScore: expect.anything() });

    // Each demo expert carries its ties, and none ties it to an application it scored.
    const sheets = (await app.strapi.db.query('api::expert-review.expert-review').findMany({
      populate: { expert: { populate: { expertRegions: true } }, application: { populate: { prefecture: true, county: true } } },
    })) as Array<{
      expert: { email: string; unit: string | null; expertOrganizations: string | null; expertRegions: Array<{ code: string }> };
      application: { declarantName: string; operatorName: string; prefecture: { code: string }; county: { code: string } };
    }>;
    expect(sheets.length).toBeGreaterThan(0);
    for (const { expert, application } of sheets) {
      expect(expert.unit).toBeTruthy();
      expect(expert.expertRegions.length).toBeGreaterThan(0);
      const ties = conflictTies(
        { unit: expert.unit, regionCodes: expert.expertRegions.map((r) => r.code), organizations: organizationLines(expert.expertOrganizations) },
        {
          prefectureCode: application.prefecture.code,
          countyCode: application.county.code,
          declarantName: application.declarantName,
          operatorName: application.operatorName,
        },
      );
      expect({ expert: expert.email, ties }).toEqual({ expert: expert.email, ties: [] });
    }
  });

  it('one recognized cluster is inside its re-review window without a request, one awaits its city, and one revocation proposal follows from a failing report', async () => {
    const clusters = (await app.as(province).get('/api/console/clusters').query({ perPage: 100 }).expect(200)).body as Array<{
      id: string;
      status: string;
      validUntil: string | null;
    }>;
    const inWindow = clusters.filter(
      (cluster) =>
        cluster.status === 'recognized' &&
        cluster.validUntil &&
        addDays(cluster.validUntil, -lifecycle.renewalWindowOpensDaysBefore) <= today &&
        today <= cluster.validUntil,
    );
    expect(inWindow).toHaveLength(1);
    const stored = (await app.strapi.db.query('api::cluster.cluster').findMany({ populate: { renewals: true } })) as Array<{
      documentId: string;
      status: string;
      renewals: Array<{ outcome: string; requestedOn: string; data: RenewalData | null }>;
    }>;
    expect(stored.find((cluster) => cluster.documentId === inWindow[0].id)!.renewals).toEqual([]);
    const pending = stored.filter((cluster) => cluster.status === 'renewal_pending');
    expect(pending.map((cluster) => cluster.renewals.map((renewal) => renewal.outcome))).toEqual([['pending']]);
    // The request carries its re-review data: the years before it from the cluster's annual reports, and the rules' report.
    const [request] = pending[0].renewals;
    const callYear = Number(request.requestedOn.slice(0, 4));
    const rows = (request.data!.form.leadingIndustry as unknown as { years: Array<{ year: number; totalOutput?: number }> }).years;
    expect(rows.map((row) => row.year)).toEqual([callYear - 3, callYear - 2, callYear - 1]);
    expect(rows[2].totalOutput).toEqual(expect.any(Number));
    expect(request.data!.prefilled.filled).toBeGreaterThan(0);
    expect(request.data!.report).toMatchObject({ callYear, settingsVersion: expect.any(Number) });

    const proposals = (await app.strapi.db.query('api::revocation-ground.revocation-ground').findMany({
      where: { status: 'proposed' },
      populate: { cluster: true },
    })) as Array<{ ground: string; source: string; sourceId: string; cluster: { documentId: string; status: string } }>;
    expect(proposals).toHaveLength(1);
    const [proposal] = proposals;
    expect(proposal).toMatchObject({ ground: 'no_longer_meets_criteria', source: 'annual_report', cluster: { status: 'recognized' } });
    const reports = (await app.strapi.db.query('api::annual-report.annual-report').findMany({
      where: { cluster: { documentId: proposal.cluster.documentId } },
      orderBy: { year: 'desc' },
    })) as Array<{ documentId: string; report: { failed: string[] } }>;
    expect(reports[0].documentId).toBe(proposal.sourceId);
    expect(reports[0].report.failed.length).toBeGreaterThan(0);
    // The province finds it in its console, to decide.
    const listed = (
      await app
        .as(province)
        .get('/api/console/revocation-grounds')
        .query({ filter: JSON.stringify({ status: 'proposed' }) })
        .expect(200)
    ).body;
    expect(listed).toHaveLength(1);
    expect((await app.as(province).get(`/api/console/revocation-grounds/${listed[0].id}`).expect(200)).body.allowedActions).toEqual(['confirm', 'dismiss']);
  });
});

describe('the cultivation pool (Art. 7)', () => {
  it('holds the cultivating cluster with its admitted pool record, a candidate awaiting the province and one awaiting its city, each with its history', async () => {
    const candidates = (await app.as(province).get('/api/console/pool-candidates').expect(200)).body as Array<{
      id: string;
      name: string;
      status: string;
      clusterId: string | null;
    }>;
    expect(candidates.map((candidate) => candidate.status).sort()).toEqual(['admitted', 'awaiting_city', 'awaiting_province']);
    const admitted = candidates.find((candidate) => candidate.status === 'admitted')!;
    const cluster = (await app.as(province).get(`/api/console/clusters/${admitted.clusterId}`).expect(200)).body;
    expect(cluster).toMatchObject({ name: admitted.name, status: 'cultivating' });
    const history = async (id: string) =>
      (
        (
          await app
            .as(province)
            .get('/api/console/audit-events')
            .query({ filter: JSON.stringify({ subjectId: id }), sort: JSON.stringify(['at', 'ASC']) })
            .expect(200)
        ).body as Array<{ action: string; at: string }>
      ).map((event) => event.action);
    const byStatus = Object.fromEntries(candidates.map((candidate) => [candidate.status, candidate.id]));
    expect(await history(byStatus.awaiting_city)).toEqual(['create']);
    expect(await history(byStatus.awaiting_province)).toEqual(['create', 'endorseCandidate']);
    expect(await history(byStatus.admitted)).toEqual(['create', 'endorseCandidate', 'admitCandidate']);
    // Each step names who took it by name and unit.
    const steps = (
      await app
        .as(province)
        .get('/api/console/audit-events')
        .query({ filter: JSON.stringify({ subjectId: byStatus.admitted }) })
        .expect(200)
    ).body as Array<{ actorName: string }>;
    for (const step of steps) expect(step.actorName).toMatch(/^\p{Script=Han}{2,4}（\p{Script=Han}+(（\p{Script=Han}+）)?\p{Script=Han}*）$/u);
    // The call that is open has told the pool cluster's county.
    const told = (await app.strapi.db.query('api::notification.notification').findMany({
      where: { kind: 'call_opened', recipient: { email: 'county-520402@demo.local' } },
    })) as unknown[];
    expect(told).toHaveLength(1);
  });
});

describe('the first night: every job run for real changes no state and proposes no revocation', () => {
  const snapshot = async () => ({
    clusters: await app.strapi.db.query('api::cluster.cluster').findMany({ select: ['documentId', 'status', 'validUntil'], orderBy: { id: 'asc' } }),
    applications: await app.strapi.db.query('api::application.application').findMany({ select: ['documentId', 'status'], orderBy: { id: 'asc' } }),
    grounds: await app.strapi.db.query('api::revocation-ground.revocation-ground').findMany({ select: ['documentId', 'status'], orderBy: { id: 'asc' } }),
  });

  it('runs expiry, renewal, the annual-report sweep and the revocation sweep at 02:00 tomorrow', async () => {
    const before = await snapshot();
    for (const job of JOB_NAMES) {
      const { run, changes } = await runJob(job, { now: shanghai(addDays(today, 1)) });
      expect(run).toMatchObject({ job, outcome: 'succeeded' });
      expect(changes.filter((change) => change.toState !== change.fromState)).toEqual([]);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe.each(Object.entries(days))('the demo data %s (%s)', (_when, day) => {
  it.each([...JOB_NAMES])('%s would expire or revoke no cluster', async (job) => {
    const dry = await app
      .as(province)
      .post(`/api/jobs/${job}/run`)
      .send({ dryRun: true, at: `${day}T02:00:00+08:00` })
      .expect(201);
    expect(dry.body.run).toMatchObject({ job, dryRun: true, outcome: 'succeeded' });
    // A validity reminder (提前提醒) leaves the cluster as it is: only a change of state would break the demo.
    const moves = (dry.body.changes as Array<{ fromState: string; toState: string; action: string; validUntil?: string }>).filter(
      (change) => change.toState !== change.fromState,
    );
    // But for the cluster inside its re-review window today: if its county never asks, it expires (Art. 17).
    const unrenewed = (change: (typeof moves)[number]) =>
      change.action === 'expire' && addDays(change.validUntil!, -lifecycle.renewalWindowOpensDaysBefore) <= today && day > change.validUntil!;
    expect(moves.filter((change) => !unrenewed(change))).toEqual([]);
  });
});
