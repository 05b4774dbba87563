import {
  ANNUAL_REPORT_REMINDER_LEAD_DAYS,
  IN_EFFECT_STATUSES,
  SCORING_APPLICATION_STATE,
  OPEN_RENEWAL_OUTCOMES,
  REVOCATION_GROUND_ARTICLES,
  addDays,
  annualReportDeadline,
  dueDateText,
  personName,
  sheetReminderDue,
  filedOnTime,
  annualReportOwedIfRecognizedBefore,
  reminderLeadDue,
  renewalWindowClosesOn,
  type JobName,
  type JobsConfig,
  type Person,
  type LifecycleDates,
  type RevocationGround,
} from '@sme-cluster/rules';
import {
  CLUSTER,
  SUBJECT_UIDS,
  clusterFields,
  clusterPopulate,
  groundText,
  provinceStaff,
  recipientKey,
  recipientsOf,
  sentNoticeKeys,
  usersByRegion,
  type ClusterRow,
  type PlannedChange,
} from './changes';

export interface JobContext {
  now: Date;
  /** The calendar date of `now` in the configured time zone: every deadline is a date in China. */
  today: string;
  config: JobsConfig;
  lifecycle: LifecycleDates;
}

/** One batch: what was read after the cursor and what should change. `cursor` null: nothing left. */
export interface Batch {
  examined: number;
  cursor: number | null;
  changes: PlannedChange[];
}

/**
 * A job plans batch by batch from a cursor (an id), so a real run that changes rows while it reads
 * still visits each candidate once, and a dry run (which changes nothing) terminates too.
 */
export type Planner = (context: JobContext, after: number) => Promise<Batch>;

/** Clusters still in effect (有效期内, Art. 20): recognized, or awaiting their re-review. */

async function readClusters(context: JobContext, after: number, where: Record<string, unknown>, withRenewals = false): Promise<ClusterRow[]> {
  return (await strapi.db.query(CLUSTER).findMany({
    where: { ...where, id: { $gt: after } },
    select: clusterFields,
    populate: withRenewals ? { ...clusterPopulate, renewals: true } : clusterPopulate,
    orderBy: { id: 'asc' },
    limit: context.config.batchSize,
  })) as ClusterRow[];
}

const cursorOf = (rows: Array<{ id: number }>) => (rows.length ? rows[rows.length - 1].id : null);

/** A re-review requested or passed but not yet in force keeps the cluster from expiring. */
function renewalInProgress(cluster: ClusterRow): boolean {
  return (cluster.renewals ?? []).some((r) => OPEN_RENEWAL_OUTCOMES.includes(r.outcome) || (r.outcome === 'approved' && r.effective !== true));
}

/**
 * Art. 17 and docs/domain.md §3: a recognized cluster whose validity has ended expires once the re-review
 * window has closed without a re-review pending or passed (the window's last day still counts;
 * renewal_pending clusters are never read). Before validUntil the region is reminded at each lead.
 */
const expiry: Planner = async (context, after) => {
  const { today, config, lifecycle } = context;
  const leads = config.reminderLeadDays;
  const rows = await readClusters(context, after, { status: 'recognized', validUntil: { $notNull: true, $lte: addDays(today, Math.max(...leads)) } }, true);
  const byRegion = await usersByRegion(rows);
  const changes: PlannedChange[] = [];
  for (const cluster of rows) {
    const validUntil = cluster.validUntil!;
    const recipients = recipientsOf(cluster, byRegion);
    const closesOn = renewalWindowClosesOn(validUntil, lifecycle);
    if (today > closesOn) {
      if (renewalInProgress(cluster)) continue;
      changes.push({
        subjectType: 'cluster',
        subject: cluster,
        action: 'expire',
        toState: 'expired',
        data: { status: 'expired' },
        comment: `有效期至 ${validUntil}，复核申请期至 ${closesOn} 已过且未申请复核（第十七条）`,
        recipients,
        notice: {
          kind: 'cluster_expired',
          title: `集群认定已到期 / Recognition expired：${cluster.name}`,
          body: `该集群省级认定有效期至 ${validUntil}，复核申请期已于 ${closesOn} 结束，认定已到期。`,
        },
        details: { validUntil, windowClosesOn: closesOn },
      });
      continue;
    }
    const lead = reminderLeadDue(today, validUntil, leads);
    if (lead == null || renewalInProgress(cluster)) continue;
    changes.push({
      subjectType: 'cluster',
      subject: cluster,
      action: 'remind',
      toState: cluster.status,
      comment: `有效期将于 ${validUntil} 届满（提前 ${lead} 天提醒）`,
      recipients,
      notice: {
        kind: 'expiry_reminder',
        title: `集群认定有效期将于 ${validUntil} 届满 / Recognition ends ${validUntil}：${cluster.name}`,
        body: `该集群省级认定有效期至 ${validUntil}。如需延续，请在 ${addDays(validUntil, -lifecycle.renewalWindowOpensDaysBefore)} 至 ${closesOn} 期间通过市（州）工业和信息化主管部门提出复核申请（第十七条）。`,
        dedupeKey: `expiry_reminder:${cluster.documentId}:${validUntil}:${lead}`,
      },
      details: { validUntil, lead },
    });
  }
  return { examined: rows.length, cursor: cursorOf(rows), changes: await withoutSentNotices(changes) };
};

/**
 * Art. 17: a passed re-review extends the validity by three years from the old validUntil, and
 * takes effect on that day; until then the record keeps the old date.
 */
const renewal: Planner = async (context, after) => {
  const rows = await readClusters(context, after, { status: 'recognized', validUntil: { $notNull: true, $lte: context.today } }, true);
  const changes: PlannedChange[] = [];
  for (const cluster of rows) {
    const approved = (cluster.renewals ?? []).find(
      (r) => r.outcome === 'approved' && r.effective !== true && r.newValidUntil && r.previousValidUntil === cluster.validUntil,
    );
    if (!approved) continue;
    changes.push({
      subjectType: 'cluster',
      subject: cluster,
      action: 'renewal_effective',
      toState: 'recognized',
      data: { validUntil: approved.newValidUntil },
      renewalId: approved.id,
      comment: `复核通过，有效期由 ${cluster.validUntil} 延长至 ${approved.newValidUntil}（第十七条）`,
      recipients: [],
      details: { previousValidUntil: cluster.validUntil, newValidUntil: approved.newValidUntil },
    });
  }
  return { examined: rows.length, cursor: cursorOf(rows), changes };
};

/**
 * Art. 19–20 (三). Before the due day (10 March plus grace) the county and the city of each cluster
 * that owes last year's report and has not submitted it are reminded 30, 7 and 1 days ahead, once
 * each. After it, a cluster recognized before this year without the report submitted in time gets a
 * revocation proposal for the province to decide (nothing is revoked here), and its county, city and
 * the province are told it is overdue, once. A report submitted after the deadline does not cure it.
 */
const annualReportSweep: Planner = async (context, after) => {
  const year = Number(context.today.slice(0, 4));
  const reportYear = year - 1;
  const deadline = annualReportDeadline(year, context.lifecycle);
  const overdue = context.today > deadline;
  const lead = overdue ? null : reminderLeadDue(context.today, deadline, ANNUAL_REPORT_REMINDER_LEAD_DAYS);
  if (!overdue && lead == null) return { examined: 0, cursor: null, changes: [] };
  const rows = await readClusters(context, after, { status: { $in: IN_EFFECT_STATUSES }, recognizedAt: { $lt: annualReportOwedIfRecognizedBefore(year) } });
  if (!rows.length) return { examined: 0, cursor: null, changes: [] };
  const reports = (await strapi.db.query('api::annual-report.annual-report').findMany({
    where: { cluster: { id: { $in: rows.map((r) => r.id) } }, year: reportYear, status: 'submitted' },
    select: ['submittedAt'],
    populate: { cluster: { select: ['id'] } },
  })) as Array<{ submittedAt: string | null; cluster: { id: number } | null }>;
  const timeZone = context.config.timeZone;
  // Before the deadline any submitted report settles it; after, only one submitted in time.
  const settled = new Set(reports.filter((r) => !overdue || filedOnTime(r.submittedAt, deadline, timeZone)).map((r) => r.cluster?.id));
  const owing = rows.filter((cluster) => !settled.has(cluster.id));
  const byRegion = await usersByRegion(owing);
  const changes = overdue
    ? await overdueChanges(owing, byRegion, reportYear, deadline)
    : await withoutSentNotices(
        owing.map((cluster): PlannedChange => ({
          subjectType: 'cluster',
          subject: cluster,
          action: 'remind',
          toState: cluster.status,
          comment: `${reportYear}年度发展情况将于 ${deadline} 截止报送（提前 ${lead} 天提醒）`,
          recipients: recipientsOf(cluster, byRegion),
          notice: {
            kind: 'annual_report_due',
            title: `${reportYear}年度发展情况将于 ${deadline} 截止报送 / Annual report due ${deadline}：${cluster.name}`,
            body: `请于 ${deadline} 前通过市（州）工业和信息化主管部门报送该集群${reportYear}年度发展情况（第十九条）；逾期未报送的，将按第二十条（三）提出撤销建议。`,
            dedupeKey: `annual_report_due:${cluster.documentId}:${reportYear}:${lead}`,
          },
          details: { reportYear, deadline, lead },
        })),
      );
  return { examined: rows.length, cursor: cursorOf(rows), changes };
};

/** The proposals of clusters whose report is overdue, each with the notice to its county, city and the province. */
async function overdueChanges(owing: ClusterRow[], byRegion: Map<number, number[]>, reportYear: number, deadline: string): Promise<PlannedChange[]> {
  const province = owing.length ? await provinceStaff() : [];
  return owing.map((cluster): PlannedChange => ({
    subjectType: 'cluster',
    subject: cluster,
    action: 'propose',
    toState: cluster.status,
    ground: 'annual_report_missing',
    proposal: {
      ground: 'annual_report_missing',
      source: 'annual_report',
      sourceId: String(reportYear),
      note: `${reportYear}年度发展情况未在 ${deadline} 前报送`,
    },
    comment: `建议撤销：${groundText('annual_report_missing')}（${reportYear}年度发展情况未在 ${deadline} 前报送）`,
    // Told once: the notices go with the proposal, which is put on record once.
    recipients: [...new Set([...recipientsOf(cluster, byRegion), ...province])],
    notice: {
      kind: 'annual_report_overdue',
      title: `${reportYear}年度发展情况逾期未报送 / Annual report overdue：${cluster.name}`,
      body: `该集群${reportYear}年度发展情况未在 ${deadline} 前报送，已按第二十条（三）提出撤销建议，由省工业和信息化厅决定。`,
    },
    details: { reportYear, deadline },
  }));
}

/** Leaves out the recipients who already have a notice (its dedupe key), and the changes left with none. */
async function withoutSentNotices(changes: PlannedChange[]): Promise<PlannedChange[]> {
  const keyed = changes.filter((c) => c.notice?.dedupeKey);
  const sent = await sentNoticeKeys(keyed.flatMap((c) => c.recipients.map((id) => recipientKey(c.notice!.dedupeKey!, id))));
  for (const change of keyed) change.notice!.skipRecipients = new Set(change.recipients.filter((id) => sent.has(recipientKey(change.notice!.dedupeKey!, id))));
  return changes.filter((c) => c.data || c.recipients.some((id) => !c.notice?.skipRecipients?.has(id)));
}

interface GroundRow {
  id: number;
  documentId: string;
  note: string | null;
  ground: RevocationGround;
  recordedAt: string | Date;
  cluster: ClusterRow | null;
}

/**
 * Art. 20: the province is told of each revocation proposal still open on a cluster in effect (a
 * missed or failing annual report, a late change filing), once, so that it confirms or dismisses it.
 */
const revocationSweep: Planner = async (context, after) => {
  const grounds = (await strapi.db.query('api::revocation-ground.revocation-ground').findMany({
    where: { id: { $gt: after }, status: 'proposed', cluster: { status: { $in: IN_EFFECT_STATUSES } } },
    select: ['id', 'documentId', 'ground', 'recordedAt', 'note'],
    populate: { cluster: { select: clusterFields, populate: clusterPopulate } },
    orderBy: { id: 'asc' },
    limit: context.config.batchSize,
  })) as GroundRow[];
  const province = await provinceStaff();
  const changes = grounds
    .filter((row) => row.cluster && REVOCATION_GROUND_ARTICLES[row.ground])
    .map((row): PlannedChange => {
      const cluster = row.cluster!;
      return {
        subjectType: 'cluster',
        subject: cluster,
        action: 'remind',
        toState: cluster.status,
        ground: row.ground,
        comment: `撤销建议待决定：${groundText(row.ground)}`,
        recipients: province,
        notice: {
          kind: 'revocation_proposed',
          title: `撤销建议待决定 / Revocation proposed：${cluster.name}`,
          body: `${groundText(row.ground)}${row.note ? `（${row.note}）` : ''}。请在“撤销建议”中确认撤销或不予撤销。`,
          dedupeKey: `revocation_proposed:${row.documentId}`,
        },
        details: { proposal: row.documentId },
      };
    });
  return { examined: grounds.length, cursor: cursorOf(grounds), changes: await withoutSentNotices(changes) };
};

interface SheetRow {
  id: number;
  documentId: string;
  dueOn: string;
  expert: (Person & { id: number }) | null;
  application: {
    clusterName: string;
    status: string;
    prefecture: { id: number; code: string } | null;
    county: { id: number; code: string } | null;
  } | null;
}

/**
 * An expert whose score sheet is still open (neither submitted nor ended by a declared conflict)
 * while its application is in province review is reminded `expertReviewLeadDays` before the sheet's
 * due date, and once more when it is overdue: once per sheet, kind and due date (a due date the
 * province moves is reminded of anew). Only the sheet's own expert is told.
 */
const expertReviewReminder: Planner = async (context, after) => {
  const lead = context.config.expertReviewLeadDays;
  const sheets = (await strapi.db.query(SUBJECT_UIDS['expert-review']).findMany({
    where: {
      id: { $gt: after },
      submitted: false,
      conflictOfInterest: { $ne: 'conflicted' },
      dueOn: { $notNull: true, $lte: addDays(context.today, lead) },
      application: { status: SCORING_APPLICATION_STATE },
      expert: { blocked: false },
    },
    select: ['id', 'documentId', 'dueOn'],
    populate: {
      expert: { select: ['id', 'username', 'email', 'fullName'] },
      application: { select: ['clusterName', 'status'], populate: clusterPopulate },
    },
    orderBy: { id: 'asc' },
    limit: context.config.batchSize,
  })) as SheetRow[];
  const changes = sheets.flatMap((sheet): PlannedChange[] => {
    const reminder = sheetReminderDue(context.today, sheet.dueOn, lead);
    const { application, expert } = sheet;
    if (!reminder || !application || !expert) return [];
    const left = dueDateText(context.today, sheet.dueOn).zh;
    const overdue = reminder === 'overdue';
    return [
      {
        subjectType: 'expert-review',
        subject: {
          id: sheet.id,
          documentId: sheet.documentId,
          name: `${application.clusterName}（${personName(expert)}）`,
          status: application.status,
          prefecture: application.prefecture,
          county: application.county,
        },
        action: 'remind',
        toState: application.status,
        comment: overdue ? `评分表已于 ${sheet.dueOn} 截止，尚未提交（${left}）` : `评分表将于 ${sheet.dueOn} 截止提交（${left}）`,
        recipients: [expert.id],
        notice: overdue
          ? {
              kind: 'expert_review_overdue',
              title: `评分表已逾期未提交 / Score sheet overdue：${application.clusterName}`,
              body: `您对该申报的评分表应于 ${sheet.dueOn} 前提交，目前${left}。请尽快完成评分并提交；如存在利益冲突，请在评分表中声明。`,
              dedupeKey: `expert_review_overdue:${sheet.documentId}:${sheet.dueOn}`,
            }
          : {
              kind: 'expert_review_due',
              title: `评分表将于 ${sheet.dueOn} 截止提交 / Score sheet due ${sheet.dueOn}：${application.clusterName}`,
              body: `您对该申报的评分表应于 ${sheet.dueOn} 前提交（${left}）。请及时完成评分并提交；如存在利益冲突，请在评分表中声明。`,
              dedupeKey: `expert_review_due:${sheet.documentId}:${sheet.dueOn}`,
            },
        details: { dueOn: sheet.dueOn, reminder },
      },
    ];
  });
  return { examined: sheets.length, cursor: cursorOf(sheets), changes: await withoutSentNotices(changes) };
};

export const PLANNERS: Record<JobName, Planner> = {
  expiry,
  renewal,
  annual_report_sweep: annualReportSweep,
  revocation_sweep: revocationSweep,
  expert_review_reminder: expertReviewReminder,
};
