import {
  CHANGE_KIND_LABELS,
  CONFLICT_DECLARATION_LABELS,
  INDUSTRY_TYPE_LABELS,
  RANKING_METHOD_LABELS,
  JOB_LABELS,
  REGION_LEVEL_LABELS,
  RENEWAL_OUTCOME_LABELS,
  REVOCATION_GROUND_LABELS,
  REVOCATION_GROUND_SOURCE_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  VERDICT_LABELS,
  labelsIn,
  type Label,
} from './domain';
import { formFields } from './form/fields';
import { TARGET_INDICATORS, targetActualLabel } from './targets';

/**
 * The records of docs/domain.md §2 as an official names them: each record kind and each of its stored
 * fields in Chinese. Strapi's admin panel (/admin) labels its Content Manager with them and names them in
 * its refusals; the form's own fields are labelled by the form's description (form/descriptor.ts).
 * Keyed by the Strapi model: a content type's singular name, or a component's `category.name`.
 */
export const RECORD_LABELS = {
  application: {
    name: '申报',
    fields: {
      callNotice: '申报通知',
      cluster: '认定集群',
      status: '状态',
      clusterName: '集群名称',
      prefecture: '所属市（州）',
      county: '所属县（市、区）',
      declarantName: '申报单位',
      operatorName: '运营管理机构',
      contactName: '联系人',
      contactPhone: '联系电话',
      submittedAt: '提交时间',
      archivedAt: '归档时间',
      formUpdatedAt: '申报表修改时间',
      report: '规则核验报告',
      reportAt: '核验时间',
      verdict: '核验结论',
      decisionComment: '审核意见',
      publicNoticeStartsOn: '公示开始日期',
      publicNoticeEndsOn: '公示结束日期',
      objectionOpen: '异议',
      expertReviews: '专家评分',
      version: '版本号',
    },
  },
  cluster: {
    name: '集群',
    fields: {
      name: '集群名称',
      leadingIndustry: '主导产业',
      industryType: '产业类型',
      areaKm2: '面积（平方公里）',
      prefecture: '所属市（州）',
      county: '所属县（市、区）',
      otherCounties: '涉及的其他县（市、区）',
      declarantName: '申报单位',
      operatorName: '运营管理机构',
      status: '状态',
      recognizedAt: '认定日期',
      validUntil: '有效期至',
      revocationGround: '撤销事由',
      revokedAt: '撤销日期',
      renewals: '复核记录',
      applications: '申报',
      annualReports: '年度发展情况',
      changeFilings: '重大变动备案',
      version: '版本号',
    },
  },
  'call-notice': {
    name: '年度申报通知',
    fields: {
      year: '年度',
      title: '标题',
      documentNumber: '文号',
      opensOn: '申报开始日期',
      closesOn: '申报截止日期',
      cityRecommendationDeadline: '市级推荐截止日期',
      cityQuotaMin: '每个市（州）推荐名额下限',
      cityQuotaMax: '每个市（州）推荐名额上限',
      publicNoticeDays: '公示期（工作日）',
      objectionInstructions: '异议方式',
      scoringScheme: '专家评分方案',
      rankingMethod: '专家评审排名方法',
      status: '状态',
      applications: '申报',
    },
  },
  'annual-report': {
    name: '年度发展情况',
    fields: {
      cluster: '集群',
      year: '年度',
      status: '状态',
      submittedAt: '提交时间',
      narrative: '发展情况说明',
      targetActuals: '规划目标指标实际值',
      report: '评价结果',
      version: '版本号',
    },
  },
  'change-filing': {
    name: '重大变动备案',
    fields: {
      cluster: '集群',
      kind: '变更类型',
      before: '变更前',
      after: '变更后',
      areaKm2: '变更后面积（平方公里）',
      changedOn: '变动日期',
      filedOn: '备案日期',
      late: '逾期备案',
      status: '状态',
      forwardedAt: '转报时间',
    },
  },
  'pool-candidate': {
    name: '培育库入库申请',
    fields: {
      name: '集群名称',
      leadingIndustry: '主导产业',
      industryType: '主导产业所属产业类型',
      prefecture: '市（州）',
      county: '县（市、区）',
      declarantName: '申报单位',
      operatorName: '运营管理机构',
      areaKm2: '占地面积（平方公里）',
      figuresYear: '数据年度',
      totalOutput: '集群总产值（亿元）',
      firmCount: '集群企业数量（家）',
      smeCount: '其中：中小企业数量（家）',
      notes: '培育情况说明',
      status: '状态',
      proposedOn: '提出日期',
      cityOpinion: '市（州）意见',
      decisionComment: '退回或未入库理由',
      decidedOn: '省级决定日期',
      cluster: '入库集群',
      version: '版本号',
    },
  },
  'expert-review': {
    name: '专家评分表',
    fields: {
      application: '申报',
      expert: '评审专家',
      conflictOfInterest: '利益冲突声明',
      scores: '评分',
      weightedScore: '加权得分',
      submitted: '已提交',
      submittedAt: '提交时间',
      conflictOverride: '关联回避的省级例外理由',
      dueOn: '评审截止日期',
    },
  },
  'revocation-ground': {
    name: '撤销建议',
    fields: {
      cluster: '集群',
      ground: '撤销事由',
      source: '来源',
      sourceId: '来源记录',
      recordedAt: '记录时间',
      status: '状态',
      foundBy: '发现该事由的定时任务',
      decidedAt: '决定时间',
      decisionComment: '决定理由',
      note: '说明',
      appliedAt: '执行时间',
    },
  },
  'recognized-list': {
    name: '认定名单',
    fields: { year: '年度', title: '标题', documentNumber: '文号', issuedOn: '发布日期', clusters: '集群' },
  },
  region: {
    name: '行政区划',
    fields: { code: '区划代码', name: '名称', level: '层级', parent: '上级区划', children: '下级区划' },
  },
  'audit-event': {
    name: '审计记录',
    fields: {
      at: '时间',
      actor: '操作人',
      actorRole: '操作人角色',
      action: '操作',
      subjectType: '对象类型',
      subjectId: '对象编号',
      prefectureCode: '市（州）代码',
      countyCode: '县（市、区）代码',
      fromState: '原状态',
      toState: '新状态',
      comment: '意见',
      reportRef: '所依据的核验报告',
      details: '详情',
      previousHash: '上一条记录的校验值',
      hash: '校验值',
    },
  },
  'job-run': {
    name: '定时任务运行记录',
    fields: {
      job: '任务',
      runKey: '运行标识',
      firedAt: '触发时间',
      startedAt: '开始时间',
      finishedAt: '结束时间',
      outcome: '结果',
      dryRun: '试运行',
      examined: '检查条数',
      changed: '变更条数',
      details: '详情',
    },
  },
  notification: {
    name: '通知',
    fields: {
      recipient: '接收人',
      kind: '类型',
      title: '标题',
      body: '内容',
      subjectType: '相关记录类型',
      subjectId: '相关记录编号',
      readAt: '阅读时间',
      dedupeKey: '去重标识',
    },
  },
  // users-permissions' account: the region of a city or county user; an expert's ties instead (rules/src/expert-conflicts.ts).
  user: {
    name: '用户',
    fields: {
      username: '用户名',
      email: '邮箱',
      provider: '登录方式',
      password: '密码',
      resetPasswordToken: '重置密码令牌',
      confirmationToken: '邮箱确认令牌',
      confirmed: '已确认',
      blocked: '已停用',
      role: '角色',
      fullName: '姓名',
      unit: '单位',
      region: '所属地区（市州或县）',
      expertRegions: '关联地区（评审专家：所在或关联的县、市州）',
      expertOrganizations: '其他关联单位（评审专家，每行一个）',
    },
  },
  'file-owner': {
    name: '文件上传人',
    fields: { fileId: '文件', userId: '上传人' },
  },
  'review.criterion': {
    name: '评分项',
    fields: { key: '标识', name: '名称', weight: '权重', maxScore: '满分' },
  },
  'review.score': {
    name: '评分',
    fields: { criterionKey: '评分项', score: '得分', comment: '评语' },
  },
  'cluster.renewal': {
    name: '复核',
    fields: {
      requestedOn: '申请日期',
      forwardedOn: '市（州）转报日期',
      cityOpinion: '市（州）意见',
      decidedOn: '决定日期',
      outcome: '结果',
      previousValidUntil: '原有效期至',
      newValidUntil: '新有效期至',
      effective: '已生效',
      comment: '说明',
      data: '复核申报数据',
    },
  },
  'cluster.target-actuals': {
    name: '规划目标指标实际值',
    fields: Object.fromEntries(TARGET_INDICATORS.map((id) => [id, targetActualLabel(id)])) as Record<string, string>,
  },
} as const satisfies Record<string, { name: string; fields: Record<string, string> }>;

export type RecordModel = keyof typeof RECORD_LABELS;

/**
 * The Chinese word of every stored enumeration value: the domain's vocabularies and the form's choices
 * (yes → 是). Strapi's admin panel shows an enumeration's value through a message of that id, so these
 * are its Chinese messages. A key two vocabularies share (a status and a renewal's outcome) takes the
 * record status's word.
 */
export function storedValueLabels(): Record<string, string> {
  const choices = formFields.flatMap((field) => (field.value?.type === 'choice' ? field.value.options.map((option) => [option.key, option.value]) : []));
  return {
    ...Object.fromEntries(choices),
    ...[
      ROLE_LABELS,
      CHANGE_KIND_LABELS,
      CONFLICT_DECLARATION_LABELS,
      INDUSTRY_TYPE_LABELS,
      RANKING_METHOD_LABELS,
      JOB_LABELS,
      REGION_LEVEL_LABELS,
      RENEWAL_OUTCOME_LABELS,
      REVOCATION_GROUND_LABELS,
      REVOCATION_GROUND_SOURCE_LABELS,
      VERDICT_LABELS,
      STATUS_LABELS,
    ]
      .map((labels) => labelsIn('zh', labels as Record<string, Label>))
      .reduce((words, labels) => ({ ...words, ...labels }), {}),
  };
}
