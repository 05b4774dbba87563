import type { Role } from './access';
import type { Verdict } from './engine';
import { INDUSTRY_TYPES } from './form';
import type { JobName } from './jobs-config';

/*
 * The domain's closed vocabularies (docs/domain.md §1–§3), each declared once with its Chinese and
 * English labels. The Strapi content types take their enumerations from here, the workflow its
 * states, the printed documents and the console their words: a value added here reaches them all,
 * and a value without a label does not compile.
 */

/** A term as officials read it: in the console (both languages) and in exported documents (Chinese). */
export interface Label {
  zh: string;
  en: string;
}
export type Language = keyof Label;

/** One language's words of a label table, as the console's messages and the documents use them. */
export function labelsIn<K extends string>(language: Language, labels: Record<K, Label>): Record<K, string> {
  return Object.fromEntries(Object.entries<Label>(labels).map(([key, label]) => [key, label[language]])) as Record<K, string>;
}

/** Application lifecycle (docs/domain.md §3). */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'city_review',
  'recommended',
  'province_review',
  'shortlisted',
  'public_notice',
  'recognized',
  'returned',
  'rejected',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The steps that move an application along its lifecycle; the server says which the caller may take now. */
export const APPLICATION_ACTIONS = [
  'submit',
  'startCityReview',
  'return',
  'reject',
  'recommend',
  'startProvinceReview',
  'shortlist',
  'openPublicNotice',
  'raiseObjection',
  'recognize',
  'markNational',
  'unmarkNational',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** Cluster lifecycle (docs/domain.md §3, Art. 7, 17–20). */
export const CLUSTER_STATUSES = ['cultivating', 'recognized', 'renewal_pending', 'expired', 'revoked'] as const;
export type ClusterStatus = (typeof CLUSTER_STATUSES)[number];
/**
 * What staff may do to a recognized cluster (Art. 17 re-review, Art. 20 revocation); the server says which apply now.
 * `amendRenewal` is the county correcting its re-review data while the request waits on the city.
 */
export const CLUSTER_ACTIONS = ['requestRenewal', 'amendRenewal', 'forwardRenewal', 'returnRenewal', 'approveRenewal', 'denyRenewal', 'revoke'] as const;
export type ClusterAction = (typeof CLUSTER_ACTIONS)[number];

/** A re-review request (Art. 17) goes through the city (市州) to the province, which decides it. */
export const RENEWAL_OUTCOMES = ['pending', 'forwarded', 'returned', 'approved', 'denied'] as const;
export type RenewalOutcome = (typeof RENEWAL_OUTCOMES)[number];
export const RENEWAL_OUTCOME_LABELS: Record<RenewalOutcome, Label> = {
  pending: { zh: '待市（州）审核', en: 'Awaiting the city' },
  forwarded: { zh: '待省级审核', en: 'Awaiting the province' },
  returned: { zh: '市（州）退回', en: 'Returned by the city' },
  approved: { zh: '复核通过', en: 'Approved' },
  denied: { zh: '复核不通过', en: 'Denied' },
};

export const CALL_NOTICE_STATUSES = ['draft', 'published', 'closed'] as const;
export type CallNoticeStatus = (typeof CALL_NOTICE_STATUSES)[number];

/** An annual report (Art. 19) is final once submitted. */
export const ANNUAL_REPORT_STATUSES = ['draft', 'submitted'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];

/** A change filing (Art. 18) goes from the county through the city to the province. */
export const CHANGE_FILING_STATUSES = ['filed', 'forwarded', 'acknowledged'] as const;
export type ChangeFilingStatus = (typeof CHANGE_FILING_STATUSES)[number];

/**
 * A candidate for the cultivation pool (培育库, Art. 7): proposed by its county, confirmed by its city,
 * admitted by the province (the cluster is then `cultivating`) or declined; a city's return goes back
 * to the county, which corrects it and proposes it again.
 */
export const POOL_CANDIDATE_STATUSES = ['awaiting_city', 'awaiting_province', 'returned', 'admitted', 'declined'] as const;
export type PoolCandidateStatus = (typeof POOL_CANDIDATE_STATUSES)[number];
/** Named apart from other records' actions: audit trails show every record's actions side by side. */
export const POOL_CANDIDATE_ACTIONS = ['resubmitCandidate', 'endorseCandidate', 'returnCandidate', 'admitCandidate', 'declineCandidate'] as const;
export type PoolCandidateAction = (typeof POOL_CANDIDATE_ACTIONS)[number];

/**
 * A city's yearly report (市（州）年度报告, Art. 19): the city drafts and submits it; the province may
 * return it with a reason, and it is a draft again.
 */
export const CITY_REPORT_STATUSES = ['draft', 'submitted'] as const;
export type CityReportStatus = (typeof CITY_REPORT_STATUSES)[number];
export const CITY_REPORT_ACTIONS = ['submitCityReport', 'returnCityReport'] as const;
export type CityReportAction = (typeof CITY_REPORT_ACTIONS)[number];

/**
 * A job run: `skipped` when another instance claimed the same fire, `abandoned` when its process
 * died mid-run and the run was found still `running` long after it started.
 */
export const JOB_OUTCOMES = ['running', 'succeeded', 'failed', 'skipped', 'abandoned'] as const;
export type JobOutcome = (typeof JOB_OUTCOMES)[number];

export type Status =
  | ApplicationStatus
  | ClusterStatus
  | CallNoticeStatus
  | AnnualReportStatus
  | ChangeFilingStatus
  | JobOutcome
  | RevocationProposalStatus
  | PoolCandidateStatus
  | CityReportStatus;

/**
 * One label per state word for every lifecycle: lists, audit trails and charts show states of
 * different records side by side, so a word (草稿, 已认定 …) must read the same in each.
 */
export const STATUS_LABELS: Record<Status, Label> = {
  cultivating: { zh: '培育中', en: 'Cultivating' },
  recognized: { zh: '已认定', en: 'Recognized' },
  renewal_pending: { zh: '复核中', en: 'Re-review pending' },
  expired: { zh: '已过期', en: 'Expired' },
  revoked: { zh: '已撤销', en: 'Revoked' },
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  city_review: { zh: '市级初审', en: 'City review' },
  recommended: { zh: '已推荐', en: 'Recommended' },
  province_review: { zh: '省级评审', en: 'Provincial review' },
  shortlisted: { zh: '拟入选', en: 'Shortlisted' },
  public_notice: { zh: '公示中', en: 'Public notice' },
  returned: { zh: '已退回', en: 'Returned' },
  rejected: { zh: '未通过', en: 'Rejected' },
  published: { zh: '已发布', en: 'Published' },
  closed: { zh: '已截止', en: 'Closed' },
  running: { zh: '运行中', en: 'Running' },
  succeeded: { zh: '成功', en: 'Succeeded' },
  failed: { zh: '失败', en: 'Failed' },
  skipped: { zh: '已跳过', en: 'Skipped' },
  abandoned: { zh: '已中断', en: 'Abandoned' },
  filed: { zh: '已备案', en: 'Filed' },
  forwarded: { zh: '已转报', en: 'Forwarded' },
  acknowledged: { zh: '已收悉', en: 'Acknowledged' },
  proposed: { zh: '待决定', en: 'Awaiting decision' },
  confirmed: { zh: '已确认撤销', en: 'Revocation confirmed' },
  dismissed: { zh: '不予撤销', en: 'Dismissed' },
  awaiting_city: { zh: '待市（州）确认', en: 'Awaiting the city' },
  awaiting_province: { zh: '待省级审核', en: 'Awaiting the province' },
  admitted: { zh: '已入库', en: 'Admitted to the pool' },
  declined: { zh: '未入库', en: 'Declined' },
};

/** The rules engine's verdict (docs/domain.md §5.5): the engine's type decides the keys, this names them. */
export const VERDICT_LABELS: Record<Verdict, Label> = {
  eligible: { zh: '符合条件', en: 'Eligible' },
  needs_review: { zh: '需人工复核', en: 'Needs review' },
  incomplete: { zh: '材料不全', en: 'Incomplete' },
  ineligible: { zh: '不符合条件', en: 'Ineligible' },
};
export const VERDICTS = Object.keys(VERDICT_LABELS) as Verdict[];

/** The revocation grounds of Art. 20 (docs/domain.md §3), as stable keys. */
export const REVOCATION_GROUNDS = ['no_longer_meets_criteria', 'false_declaration', 'annual_report_missing', 'change_not_filed', 'incident'] as const;
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number];
/** Short names for lists and choices. */
export const REVOCATION_GROUND_LABELS: Record<RevocationGround, Label> = {
  no_longer_meets_criteria: { zh: '不再符合认定标准', en: 'No longer meets the criteria' },
  false_declaration: { zh: '虚假申报或违法违规', en: 'False declaration or violations' },
  annual_report_missing: { zh: '未按时报送年度发展情况', en: 'Annual report not filed on time' },
  change_not_filed: { zh: '重大变动未及时备案', en: 'Major change not filed on time' },
  incident: { zh: '发生重大事故或失信行为', en: 'Major incident or serious dishonesty' },
};
/** Art. 20 item by item in the measures' own words, quoted when a cluster is revoked on the ground. */
export const REVOCATION_GROUND_ARTICLES: Record<RevocationGround, Label & { item: string }> = {
  no_longer_meets_criteria: { item: '（一）', zh: '不再符合评价认定标准', en: 'no longer meets the recognition criteria' },
  false_declaration: { item: '（二）', zh: '发现虚假申报或存在违法违规行为', en: 'false declaration or violations found' },
  annual_report_missing: { item: '（三）', zh: '未按要求及时报送集群年度发展情况', en: 'annual report not submitted in time' },
  change_not_filed: { item: '（四）', zh: '重大变动未及时备案', en: 'major change not filed in time' },
  incident: {
    item: '（五）',
    zh: '集群企业发生较大及以上事故、重大网络或数据安全事件或严重失信等行为',
    en: 'major accident, security incident, tax evasion or serious dishonesty',
  },
};
/**
 * A ground found by a job or a record (a missed annual report, a report failing the criteria, a late
 * change filing) is a proposal: nothing is revoked until the province confirms it, or it is dismissed.
 */
export const REVOCATION_PROPOSAL_STATUSES = ['proposed', 'confirmed', 'dismissed'] as const;
export type RevocationProposalStatus = (typeof REVOCATION_PROPOSAL_STATUSES)[number];

/** Where a recorded ground came from. */
export const REVOCATION_GROUND_SOURCES = ['change_filing', 'annual_report', 'incident_report', 'province'] as const;
export type RevocationGroundSource = (typeof REVOCATION_GROUND_SOURCES)[number];
export const REVOCATION_GROUND_SOURCE_LABELS: Record<RevocationGroundSource, Label> = {
  change_filing: { zh: '重大变动备案', en: 'Change filing' },
  annual_report: { zh: '年度发展情况', en: 'Annual report' },
  incident_report: { zh: '事故或失信报告', en: 'Incident report' },
  province: { zh: '省工业和信息化厅', en: 'The province' },
};

/** What a change filing (重大变动备案, Art. 18) changes. */
export const CHANGE_KINDS = ['leading_industry', 'spatial_scope', 'operator', 'other'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, Label> = {
  leading_industry: { zh: '主导产业', en: 'Leading industry' },
  spatial_scope: { zh: '空间范围', en: 'Spatial scope' },
  operator: { zh: '运营管理机构', en: 'Operating organization' },
  other: { zh: '其他', en: 'Other' },
};

/** An expert's conflict-of-interest declaration on an assigned application. */
export const CONFLICT_DECLARATIONS = ['undeclared', 'none', 'conflicted'] as const;
export type ConflictDeclaration = (typeof CONFLICT_DECLARATIONS)[number];
export const CONFLICT_DECLARATION_LABELS: Record<ConflictDeclaration, Label> = {
  undeclared: { zh: '未声明', en: 'Not declared' },
  none: { zh: '无利益冲突', en: 'No conflict' },
  conflicted: { zh: '存在利益冲突', en: 'Conflict of interest' },
};

/** How the province ranks a call's candidates from the experts' sheets (rules/src/fair-scores.ts); chosen per call. */
export const RANKING_METHODS = ['weightedMean', 'trimmedMean', 'zScore'] as const;
export type RankingMethod = (typeof RANKING_METHODS)[number];
export const RANKING_METHOD_LABELS: Record<RankingMethod, Label> = {
  weightedMean: { zh: '加权平均分', en: 'Weighted mean' },
  trimmedMean: { zh: '去掉最高分和最低分后的平均分', en: 'Trimmed mean' },
  zScore: { zh: '专家标准分（Z分数）', en: 'Per-expert z-score' },
};
export const DEFAULT_RANKING_METHOD: RankingMethod = 'weightedMean';

/** An exception to the official calendar that the province enters: the day is worked, or it is not. */
export const CALENDAR_DAY_KINDS = ['working_day', 'holiday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, Label> = {
  working_day: { zh: '工作日（上班）', en: 'Working day' },
  holiday: { zh: '休息日（放假）', en: 'Holiday' },
};

/** The roles of docs/domain.md §1 (the keys are the access matrix's `ROLES`). */
export const ROLE_LABELS: Record<Role, Label> = {
  province_admin: { zh: '省工业和信息化厅', en: 'Provincial department (MIIT Guizhou)' },
  city_reviewer: { zh: '市（州）工业和信息化主管部门', en: 'Prefecture reviewer' },
  county_declarant: { zh: '县（市、区）申报单位', en: 'County declarant' },
  expert: { zh: '评审专家', en: 'Expert reviewer' },
};

/**
 * Who acted, as the audit trail names it: a staff role, the system itself (scheduled jobs, the
 * settings' first version) or an administrator of the admin panel.
 */
export const ACTOR_LABELS: Record<Role | 'system' | 'strapi_admin', Label> = {
  ...ROLE_LABELS,
  system: { zh: '系统', en: 'System' },
  strapi_admin: { zh: '系统管理员', en: 'Administrator' },
};

export const REGION_LEVELS = ['prefecture', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_LEVEL_LABELS: Record<RegionLevel, Label> = {
  prefecture: { zh: '市（州）', en: 'Prefecture' },
  county: { zh: '县（市、区）', en: 'County' },
};

/** The scheduled jobs of docs/domain.md §3 (the keys are `JOB_NAMES`). */
export const JOB_LABELS: Record<JobName, Label> = {
  expiry: { zh: '有效期到期', en: 'Expiry' },
  renewal: { zh: '复核生效', en: 'Renewal' },
  annual_report_sweep: { zh: '年度报告检查', en: 'Annual report sweep' },
  revocation_sweep: { zh: '撤销检查', en: 'Revocation sweep' },
  expert_review_reminder: { zh: '评审截止提醒', en: 'Score-sheet reminders' },
};

/**
 * The form stores the industry type as its own Chinese wording (the form's `INDUSTRY_TYPES`);
 * a cluster stores the ASCII key, since Strapi enumerations must be ASCII.
 */
export type IndustryTypeKey = (typeof INDUSTRY_TYPES)[number]['key'];
export const INDUSTRY_TYPE_KEYS = INDUSTRY_TYPES.map(({ key }) => key);
const industryTypeEnglish: Record<IndustryTypeKey, string> = { primary: 'Primary industry', secondary: 'Secondary industry', tertiary: 'Tertiary industry' };
export const INDUSTRY_TYPE_LABELS = Object.fromEntries(INDUSTRY_TYPES.map(({ key, value }) => [key, { zh: value, en: industryTypeEnglish[key] }])) as Record<
  IndustryTypeKey,
  Label
>;
/** An industry type as the form and the API word it (第二产业), by its stored key. */
export const INDUSTRY_TYPE_WORDS = labelsIn('zh', INDUSTRY_TYPE_LABELS);
/** The stored key of an industry type worded as in the form; null for anything else. */
export const industryTypeKey = (word: string | null | undefined): IndustryTypeKey | null =>
  INDUSTRY_TYPE_KEYS.find((key) => INDUSTRY_TYPE_WORDS[key] === word) ?? null;

/** A target indicator in one plan year (Art. 5 跟踪监测, rules/src/targets.ts): on the path or better, worse than it, no actual, no baseline or target. */
export const TARGET_STATUSES = ['on_track', 'behind', 'not_reported', 'not_due', 'no_target'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const TARGET_STATUS_LABELS: Record<TargetStatus, Label> = {
  on_track: { zh: '正常', en: 'On track' },
  behind: { zh: '滞后', en: 'Behind' },
  not_reported: { zh: '未报送', en: 'Not reported' },
  not_due: { zh: '未到报送期', en: 'Not yet due' },
  no_target: { zh: '无目标值', en: 'No target' },
};
