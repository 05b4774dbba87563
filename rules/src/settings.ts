import { z } from 'zod';
import { thresholdsSchema } from './engine/thresholds';
import { lifecycleSchema } from './lifecycle';
import { jobsConfigSchema } from './jobs-config';
import { calendarExceptionsSchema } from './working-days';
import { fieldErrorsFromZod, type FieldError } from './validation';
import type { Bilingual } from './form';

/**
 * Everything the province tunes without a deploy (issue 12), as one object: the rule thresholds
 * (config/thresholds.json), the lifecycle dates (config/lifecycle.json), the job schedules
 * (config/schedules.json) and the defaults of a new call notice (config/call-notice.json).
 * config/ holds the defaults; the server stores what the administrator set and validates every
 * save with this schema (plus node-cron's own check of each cron expression).
 */
export const criterionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/, 'key: a letter, then letters, digits or _'),
  name: z.string().trim().min(1),
  weight: z.number().finite().positive(),
  maxScore: z.number().int().min(1),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** Weights are percentages: their sum must be 100 (to the cent, as the admin panel enters decimals). */
export const scoringSchemeSchema = z
  .array(criterionSchema)
  .min(1)
  .superRefine((criteria, ctx) => {
    const sum = criteria.reduce((total, criterion) => total + criterion.weight, 0);
    if (Math.abs(sum - 100) > 0.005) {
      const shown = Math.round(sum * 100) / 100;
      ctx.addIssue({
        code: 'custom',
        message: `weights sum to ${shown}, not 100`,
        params: { zh: `各评分项权重之和须为100，当前为${shown}`, en: `The weights must sum to 100; they sum to ${shown}` },
      });
    }
    const seen = new Set<string>();
    criteria.forEach((criterion, index) => {
      if (seen.has(criterion.key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: 'duplicate key',
          params: { zh: `评分项标识“${criterion.key}”重复`, en: `Duplicate criterion key "${criterion.key}"` },
        });
      }
      seen.add(criterion.key);
    });
  });

export const callNoticeDefaultsSchema = z.strictObject({
  scoringScheme: scoringSchemeSchema,
  /** 公示 length in working days (Art. 16). */
  publicNoticeDays: z.number().int().min(1).max(60).default(5),
  /** Applications a city may recommend per call (Art. 15). */
  cityQuotaMax: z.number().int().min(1).max(100).default(5),
});
export type CallNoticeDefaults = z.output<typeof callNoticeDefaultsSchema>;

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z
  .strictObject({
    thresholds: thresholdsSchema,
    lifecycle: lifecycleSchema,
    jobs: jobsConfigSchema,
    callNotice: callNoticeDefaultsSchema,
    /** Days the official calendar of public holidays and 调休 does not know or gets wrong (公示 counts working days). */
    calendar: z.strictObject({ exceptions: calendarExceptionsSchema }).default({ exceptions: [] }),
  })
  .superRefine((settings, ctx) => {
    if (!validTimeZone(settings.jobs.timeZone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['jobs', 'timeZone'],
        message: 'unknown time zone',
        params: { zh: `未知时区“${settings.jobs.timeZone}”（如 Asia/Shanghai）`, en: `Unknown time zone "${settings.jobs.timeZone}" (e.g. Asia/Shanghai)` },
      });
    }
    const leads = settings.jobs.reminderLeadDays;
    if (new Set(leads).size !== leads.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['jobs', 'reminderLeadDays'],
        message: 'duplicate lead days',
        params: { zh: '提醒提前天数不能重复', en: 'Reminder lead days must differ' },
      });
    }
  });
export type Settings = z.output<typeof settingsSchema>;

/**
 * Validates a settings object. `checkCron` is the scheduler's own check (the server passes
 * node-cron's): it returns a reason when the expression is not one the scheduler can run.
 */
export function validateSettings(
  input: unknown,
  checkCron?: (expression: string) => string | null,
): { success: true; data: Settings } | { success: false; errors: FieldError[] } {
  const result = settingsSchema.safeParse(input);
  if (!result.success) return { success: false, errors: fieldErrorsFromZod(result.error) };
  const errors: FieldError[] = [];
  if (checkCron) {
    for (const [job, expression] of Object.entries(result.data.jobs.schedules)) {
      const reason = checkCron(expression);
      if (reason)
        errors.push({
          path: `jobs.schedules.${job}`,
          message: { zh: `无效的 cron 表达式“${expression}”：${reason}`, en: `Invalid cron expression "${expression}": ${reason}` },
        });
    }
  }
  return errors.length ? { success: false, errors } : { success: true, data: result.data };
}

export interface SettingLabel extends Bilingual {
  /** How to enter the value, where the administrator enters it. */
  hint?: Bilingual;
}

const CRON_HINT: Bilingual = {
  zh: 'cron 表达式（5 或 6 段），如 15 1 * * * 为每天 1:15',
  en: 'A cron expression (5 or 6 fields), e.g. 15 1 * * * is 1:15 every day',
};

/**
 * What each setting other than a threshold means, by its settings path (the paths of the validation
 * errors): the console's 评价参数 page and the field labels of the settings single type in /admin both
 * read them. Thresholds are named by the catalog rules that use them (thresholdLabel, describeRule).
 */
export const SETTING_LABELS = {
  'callNotice.scoringScheme': {
    zh: '专家评分方案',
    en: 'Expert scoring scheme',
    hint: { zh: '新申报通知的默认评分项；权重为百分比，之和须为100', en: 'Default criteria of a new call notice; weights are percentages summing to 100' },
  },
  'callNotice.publicNoticeDays': {
    zh: '公示期（工作日）',
    en: 'Public notice (working days)',
    hint: { zh: '1–60，新申报通知的默认值', en: '1–60, default of a new call notice' },
  },
  'callNotice.cityQuotaMax': {
    zh: '每个市（州）推荐名额上限',
    en: 'Recommendations per city, at most',
    hint: { zh: '1–100，新申报通知的默认值', en: '1–100, default of a new call notice' },
  },
  'callNotice.scoringScheme.key': { zh: '标识', en: 'Key', hint: { zh: '英文字母开头，字母、数字或下划线', en: 'A letter, then letters, digits or _' } },
  'callNotice.scoringScheme.name': { zh: '评分项', en: 'Criterion' },
  'callNotice.scoringScheme.weight': { zh: '权重（%）', en: 'Weight (%)' },
  'callNotice.scoringScheme.maxScore': { zh: '满分', en: 'Maximum score' },
  'calendar.exceptions': {
    zh: '工作日调整',
    en: 'Working-day exceptions',
    hint: {
      zh: '公示期按国务院公布的节假日和调休安排计算工作日；尚未收录的年份或需更正的日期在此逐日填写，以此为准',
      en: 'The public notice counts working days by the official holidays and adjusted working days; enter here the days of a year not yet known or to correct, they take precedence',
    },
  },
  'calendar.exceptions.date': { zh: '日期', en: 'Date' },
  'calendar.exceptions.kind': { zh: '当日为', en: 'The day is' },
  'calendar.exceptions.note': {
    zh: '依据或说明',
    en: 'Source or note',
    hint: { zh: '如 国务院办公厅关于2027年部分节假日安排的通知', en: "e.g. the State Council's notice of the year's holidays" },
  },
  'jobs.timeZone': { zh: '时区', en: 'Time zone', hint: { zh: 'IANA 时区名，如 Asia/Shanghai', en: 'An IANA zone name, e.g. Asia/Shanghai' } },
  'jobs.schedules.expiry': { zh: '有效期到期检查', en: 'Expiry check', hint: CRON_HINT },
  'jobs.schedules.renewal': { zh: '复核结果生效', en: 'Re-review taking effect', hint: CRON_HINT },
  'jobs.schedules.annual_report_sweep': { zh: '年度发展情况检查', en: 'Annual-report sweep', hint: CRON_HINT },
  'jobs.schedules.revocation_sweep': { zh: '撤销检查', en: 'Revocation sweep', hint: CRON_HINT },
  'jobs.schedules.expert_review_reminder': { zh: '评审截止提醒', en: 'Score-sheet reminders', hint: CRON_HINT },
  'jobs.reminderLeadDays': {
    zh: '到期提醒提前天数',
    en: 'Expiry reminders (days before)',
    hint: { zh: '逗号分隔，如 90, 30', en: 'Comma-separated, e.g. 90, 30' },
  },
  'jobs.expertReviewLeadDays': {
    zh: '评审截止提醒提前天数',
    en: 'Score-sheet reminder (days before due)',
    hint: {
      zh: '1–60；评分表截止日前若干天提醒未提交的专家，逾期后再提醒一次',
      en: '1–60; experts are reminded this many days before the due date, and once more when overdue',
    },
  },
  'jobs.batchSize': { zh: '每批读取集群数', en: 'Clusters read per batch', hint: { zh: '1–5000', en: '1–5000' } },
  'jobs.staleRunHours': {
    zh: '任务记录超时（小时）',
    en: 'Job run stale after (hours)',
    hint: { zh: '1–720；超过此时长仍在运行的记录视为已中断', en: '1–720; a run still running after this long is marked abandoned' },
  },
  'lifecycle.renewalWindowOpensDaysBefore': { zh: '复核申请：届满前开放天数', en: 'Re-review opens (days before expiry)' },
  'lifecycle.renewalWindowClosesDaysAfter': { zh: '复核申请：届满后截止天数', en: 'Re-review closes (days after expiry)' },
  'lifecycle.annualReportDue': {
    zh: '年度发展情况报送截止日',
    en: 'Annual report due',
    hint: { zh: '月-日，如 03-10（次年3月10日）', en: 'MM-DD, e.g. 03-10 (10 March of the next year)' },
  },
  'lifecycle.annualReportGraceDays': { zh: '年度发展情况报送宽限天数', en: 'Annual report grace (days)' },
  'lifecycle.recognizedClusterTarget': {
    zh: '省级集群认定目标（个）',
    en: 'Target of recognized clusters',
    hint: { zh: '1–1000；“十四五”期间约30个', en: '1–1000; about 30 in the 14th Five-Year Plan' },
  },
} as const satisfies Record<string, SettingLabel>;

export type SettingPath = keyof typeof SETTING_LABELS;
