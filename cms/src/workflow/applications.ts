import {
  APPLICATION_ACTIONS,
  QUOTA_STATES,
  applicationActionsFor,
  applicationLifecycle,
  nationalQuotaLeft,
  evaluate,
  formFromStrapi,
  formPopulate,
  industryTypeKey,
  openItemsOf,
  type ApplicationAction,
  type ApplicationStatus,
  type EligibilityReport,
  type FieldError,
} from '@sme-cluster/rules';
import { findScoped, type RecordTarget } from '../records/access';
import type { Filters } from '../records/resource';
import { codeOf, regionPopulate } from '../records/regions';
import { recordAudit } from '../lib/audit';
import { conflict, unprocessable } from '../lib/errors';
import type { StaffPrincipal } from '../lib/principal';
import { reportRefOf } from './access';
import { actionBody, allowedActions, inClaimedTransaction, startAction, type Workflow } from './actions';
import { calendarExceptions, ruleSettings } from './config';
import { notify, regionStaff } from './notices';
import { addYears, todayInShanghai, workingDayPeriod } from '@sme-cluster/rules';

const transitionSchema = actionBody(APPLICATION_ACTIONS);

const UID = 'api::application.application';
const APPLICATIONS: Workflow<ApplicationStatus, ApplicationAction> = { lifecycle: applicationLifecycle, uid: UID, actionsFor: applicationActionsFor };
const APPLICATION: RecordTarget = { uid: UID, idField: 'documentId' };
const workflowPopulate = {
  ...regionPopulate,
  callNotice: { populate: { scoringScheme: true } },
  cluster: { fields: ['name'] },
  ...formPopulate,
};

interface CallNotice {
  year: number;
  status: string;
  opensOn: string;
  closesOn: string;
  cityRecommendationDeadline: string;
  cityQuotaMax: number;
  publicNoticeDays: number;
  nationalQuota: number;
}

type Entity = Record<string, unknown> & { documentId: string; status: ApplicationStatus; version: number; callNotice: CallNotice };

/** The transitions the caller may start on this record now (role, region, state); preconditions are checked on the request. */
export function allowedApplicationActions(principal: StaffPrincipal | undefined, entity: Record<string, unknown>): ApplicationAction[] {
  return allowedActions(APPLICATIONS, principal, entity);
}

/** The rules with the settings in force now; the report names their version (settingsVersion). */
async function evaluateEntity(entity: Entity, now: Date): Promise<EligibilityReport & { settingsVersion: number }> {
  const { thresholds, settingsVersion } = await ruleSettings();
  return { ...evaluate(formFromStrapi(entity), { callYear: entity.callNotice.year, thresholds, now }), settingsVersion };
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Preconditions of the policy beyond role and state: 422 when one fails, else extra data to write. */
const PRECONDITIONS: Partial<Record<ApplicationAction, (entity: Entity, today: string, now: Date) => Promise<Record<string, unknown>>>> = {
  async submit(entity, today, now) {
    assertCallOpen(entity.callNotice, today);
    const open = openItemsOf(await evaluateEntity(entity, now));
    if (open.length) {
      const errors: FieldError[] = open.map((item) => ({ path: `form.${item.source}`, message: item.message }));
      unprocessable(`申报表尚有 ${open.length} 项内容未填写或有误，请逐项补正 / ${open.length} field(s) of the form are blank or invalid`, errors);
    }
    return { submittedAt: now.toISOString() };
  },

  async recommend(entity, today) {
    const notice = entity.callNotice;
    if (today > notice.cityRecommendationDeadline)
      unprocessable(`市级推荐已于 ${notice.cityRecommendationDeadline} 截止 / City recommendations closed on ${notice.cityRecommendationDeadline}`);
    const reportAt = entity.reportAt as string | null;
    if (!reportAt || (entity.formUpdatedAt && Date.parse(reportAt) <= Date.parse(entity.formUpdatedAt as string))) {
      unprocessable('请先对当前申报表进行规则核验 / Evaluate the current form before recommending', [
        { path: 'report', message: { zh: '规则核验报告缺失或早于最近一次修改', en: 'The rule report is missing or older than the last edit' } },
      ]);
    }
    const opinion = (entity.recommendation as { opinion?: unknown } | null)?.opinion;
    if (blank(opinion)) {
      unprocessable('请先填写市（州）推荐意见 / Write the city recommendation opinion first', [
        { path: 'form.recommendation.opinion', message: { zh: '推荐意见不能为空', en: 'The opinion is required' } },
      ]);
    }
    // Counted inside the transition's transaction, after locking the call notice's row: on
    // PostgreSQL two cities' recommendations then queue on it, so two cannot both take the last
    // place (SQLite runs one write transaction at a time anyway and ignores FOR UPDATE).
    await strapi.db.queryBuilder('api::call-notice.call-notice').select(['id']).where({ year: notice.year }).forUpdate().first().execute();
    const used = await strapi.db.query(UID).count({
      where: { callNotice: { year: notice.year }, prefecture: { code: codeOf(entity.prefecture) }, status: { $in: QUOTA_STATES } },
    });
    if (used >= notice.cityQuotaMax)
      unprocessable(`本市（州）推荐名额已用完（上限 ${notice.cityQuotaMax} 个）/ The city's quota of ${notice.cityQuotaMax} is used up`);
    return {};
  },

  async shortlist(entity) {
    const sheets = await strapi.db
      .query('api::expert-review.expert-review')
      .count({ where: { application: { documentId: entity.documentId }, submitted: true, conflictOfInterest: 'none' } });
    if (sheets === 0) unprocessable('尚无专家提交评分，不能入围 / No expert has submitted a score sheet yet');
    return {};
  },

  async openPublicNotice(entity, today) {
    const period = workingDayPeriod(today, entity.callNotice.publicNoticeDays, await calendarExceptions());
    return { publicNoticeStartsOn: period.startsOn, publicNoticeEndsOn: period.endsOn, objectionOpen: false };
  },

  async markNational(entity, _today, now) {
    if (entity.nationalRecommended) conflict('该申报已标记为拟推荐国家级 / The application is already marked for national recommendation');
    const notice = entity.callNotice;
    // As for a city's quota: the call notice's row is locked before counting, so two marks for the
    // last place queue on it (PostgreSQL) or run one after the other (SQLite); the second sees it taken.
    await strapi.db.queryBuilder('api::call-notice.call-notice').select(['id']).where({ year: notice.year }).forUpdate().first().execute();
    const marked = await strapi.db.query(UID).count({ where: { callNotice: { year: notice.year }, nationalRecommended: true } });
    if (nationalQuotaLeft(notice.nationalQuota, marked) === 0)
      unprocessable(
        `本年度推荐国家级名额已用完（${notice.nationalQuota} 个），请先取消其他集群的拟推荐标记 / The national quota of ${notice.nationalQuota} for this call is used up; unmark another application first`,
      );
    return { nationalRecommended: true, nationalRecommendedAt: now.toISOString(), national: { quota: notice.nationalQuota, marked: marked + 1 } };
  },

  async unmarkNational(entity) {
    if (!entity.nationalRecommended) conflict('该申报未标记为拟推荐国家级 / The application is not marked for national recommendation');
    return { nationalRecommended: false, nationalRecommendedAt: null };
  },

  async raiseObjection() {
    return { objectionOpen: true };
  },

  async recognize(entity, today) {
    const endsOn = entity.publicNoticeEndsOn as string | null;
    if (!endsOn || today <= endsOn)
      unprocessable(`公示期至 ${endsOn ?? '—'} 结束，期满后方可认定 / The public notice runs until ${endsOn ?? '—'}; recognise after it ends`);
    if (entity.objectionOpen) unprocessable('公示期内有未处理的异议 / An objection raised during the public notice is open');
    return { cluster: await recognizeCluster(entity, today) };
  },
};

/** The leading industry from the cluster's official name 中小企业特色产业集群（XX县（市、区）XX产业）. */
function leadingIndustryOf(name: string, countyName: string | null): string {
  const inner = name.match(/^[^（(]*[（(](.*)[）)]$/)?.[1] ?? name;
  const industry = countyName && inner.startsWith(countyName) ? inner.slice(countyName.length) : inner;
  return (industry || name).slice(0, 60);
}

/** Creates the cluster of a recognized application, or renews the recognition of the one it belongs to (Art. 17). */
async function recognizeCluster(entity: Entity, today: string): Promise<string> {
  const form = formFromStrapi(entity);
  const basic = form.basic ?? {};
  const county = entity.county as { documentId: string; name: string } | null;
  const prefecture = entity.prefecture as { documentId: string } | null;
  const name = String(entity.clusterName ?? basic.clusterName ?? '');
  const data = {
    name,
    leadingIndustry: leadingIndustryOf(name, county?.name ?? null),
    industryType: industryTypeKey(basic.industryType as string | undefined),
    areaKm2: typeof basic.areaKm2 === 'number' ? basic.areaKm2 : null,
    declarantName: entity.declarantName ?? null,
    operatorName: entity.operatorName ?? null,
    prefecture: prefecture?.documentId ?? null,
    county: county?.documentId ?? null,
    status: 'recognized',
    recognizedAt: today,
    validUntil: addYears(today, 3),
    revocationGround: null,
    revokedAt: null,
  };
  const clusters = strapi.documents('api::cluster.cluster');
  const existing = entity.cluster as { documentId: string } | null;
  if (existing) {
    await clusters.update({ documentId: existing.documentId, data: data as never });
    return existing.documentId;
  }
  return (await clusters.create({ data: data as never })).documentId;
}

/**
 * Applications are created and submitted only under a published call notice whose declaration
 * period is on (a draft notice is not yet the province's word, a closed one is over); 422 otherwise.
 */
export function assertCallOpen(notice: { status: unknown; opensOn: unknown; closesOn: unknown }, today = todayInShanghai(new Date())): void {
  const opensOn = String(notice.opensOn);
  const closesOn = String(notice.closesOn);
  const refuse = (zh: string, en: string): never => unprocessable(`${zh} / ${en}`, [{ path: 'callNoticeId', message: { zh, en } }]);
  if (notice.status !== 'published') refuse('申报通知未发布或已关闭，不能申报', 'The call notice is not published or has been closed');
  if (today < opensOn) refuse(`申报尚未开始（${opensOn} 起）`, `The call opens on ${opensOn}`);
  if (today > closesOn) refuse(`申报已于 ${closesOn} 截止，不能再提交`, `The call closed on ${closesOn}; submissions are no longer accepted`);
}

/**
 * Runs one transition of docs/domain.md §3. The record is claimed at the version and state read, in the
 * same transaction as the preconditions, the write and the audit event: a stale or concurrent
 * request gets 409 and nothing changes; a failed precondition gets 422 and nothing changes.
 */
export async function transitionApplication(principal: StaffPrincipal, scoped: Filters, id: string, body: unknown, now = new Date()) {
  const { entity, input, to } = await startAction<ApplicationStatus, ApplicationAction, Entity, typeof transitionSchema>(APPLICATIONS, {
    principal,
    scoped,
    id,
    body,
    populate: workflowPopulate,
    schema: transitionSchema,
  });
  const today = todayInShanghai(now);
  return inClaimedTransaction(APPLICATIONS, entity, async () => {
    const { national, ...extra } = (await PRECONDITIONS[input.action]?.(entity, today, now)) ?? {};
    // A mark that keeps the state (拟推荐国家级) keeps the last decision's comment too; the audit has its reason.
    const decision = input.comment && to !== entity.status ? { decisionComment: input.comment } : {};
    await strapi.documents(UID).update({ documentId: entity.documentId, data: { status: to, ...decision, ...extra } as never });
    await recordAudit({
      actor: principal,
      action: input.action,
      subjectType: 'application',
      subjectId: entity.documentId,
      prefectureCode: codeOf(entity.prefecture),
      countyCode: codeOf(entity.county),
      fromState: entity.status,
      toState: to,
      comment: input.comment || null,
      reportRef: reportRefOf(entity.report),
      details: extra.cluster ? { cluster: extra.cluster } : national ? { national } : undefined,
    });
    // A decision against the county reaches its staff (returned to correct, or rejected), with the reason.
    if (input.action === 'return' || input.action === 'reject') {
      const name = String(entity.clusterName ?? '申报');
      const returned = input.action === 'return';
      await notify(await regionStaff([codeOf(entity.county)]), {
        kind: returned ? 'application_returned' : 'application_rejected',
        title: `${returned ? '申报已退回修改' : '申报未通过'}：${name}`,
        body: `${returned ? '请按以下理由修改后重新提交' : '理由'}：${input.comment}`,
        subjectType: 'application',
        subjectId: entity.documentId,
      });
    }
    return entity.documentId;
  });
}

/**
 * Evaluates the stored form with the configured thresholds and keeps the report on the
 * application. The report is dated when the form was read, so an edit saved meanwhile
 * still makes it stale for `recommend`.
 */
export async function evaluateApplication(principal: StaffPrincipal, scoped: Filters, id: string, now = new Date()) {
  const entity = (await findScoped(APPLICATION, id, scoped, workflowPopulate)) as Entity;
  const report = await evaluateEntity(entity, now);
  await strapi.db.transaction(async () => {
    await strapi.db.query(UID).update({ where: { documentId: entity.documentId }, data: { report, reportAt: report.evaluatedAt, verdict: report.verdict } });
    await recordAudit({
      actor: principal,
      action: 'evaluate',
      subjectType: 'application',
      subjectId: entity.documentId,
      prefectureCode: codeOf(entity.prefecture),
      countyCode: codeOf(entity.county),
      fromState: entity.status,
      toState: entity.status,
      reportRef: reportRefOf(report),
      details: { verdict: report.verdict, settingsVersion: report.settingsVersion },
      at: now,
    });
  });
  return { id: entity.documentId, report, reportAt: report.evaluatedAt, verdict: report.verdict, stale: false };
}

export async function latestReport(scoped: Filters, id: string) {
  const entity = await findScoped(APPLICATION, id, scoped, {});
  const reportAt = (entity.reportAt as string) ?? null;
  const formUpdatedAt = (entity.formUpdatedAt as string) ?? null;
  return {
    id: entity.documentId,
    report: entity.report ?? null,
    reportAt,
    verdict: entity.verdict ?? null,
    // An edit after the evaluation makes the report stale: recommend needs a fresh one.
    stale: !reportAt || (formUpdatedAt != null && Date.parse(reportAt) <= Date.parse(formUpdatedAt)),
  };
}
