import { z } from 'zod';
import { thresholdsSchema } from './engine/thresholds';
import { lifecycleSchema } from './lifecycle';
import { jobsConfigSchema } from './jobs-config';
import { fieldErrorsFromZod, type FieldError } from './validation';

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
        ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'duplicate key', params: { zh: `评分项标识“${criterion.key}”重复`, en: `Duplicate criterion key "${criterion.key}"` } });
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
  })
  .superRefine((settings, ctx) => {
    if (!validTimeZone(settings.jobs.timeZone)) {
      ctx.addIssue({ code: 'custom', path: ['jobs', 'timeZone'], message: 'unknown time zone', params: { zh: `未知时区“${settings.jobs.timeZone}”（如 Asia/Shanghai）`, en: `Unknown time zone "${settings.jobs.timeZone}" (e.g. Asia/Shanghai)` } });
    }
    const leads = settings.jobs.reminderLeadDays;
    if (new Set(leads).size !== leads.length) {
      ctx.addIssue({ code: 'custom', path: ['jobs', 'reminderLeadDays'], message: 'duplicate lead days', params: { zh: '提醒提前天数不能重复', en: 'Reminder lead days must differ' } });
    }
  });
export type Settings = z.output<typeof settingsSchema>;

/**
 * Validates a settings object. `checkCron` is the scheduler's own check (the server passes
 * node-cron's): it returns a reason when the expression is not one the scheduler can run.
 */
export function validateSettings(input: unknown, checkCron?: (expression: string) => string | null): { success: true; data: Settings } | { success: false; errors: FieldError[] } {
  const result = settingsSchema.safeParse(input);
  if (!result.success) return { success: false, errors: fieldErrorsFromZod(result.error) };
  const errors: FieldError[] = [];
  if (checkCron) {
    for (const [job, expression] of Object.entries(result.data.jobs.schedules)) {
      const reason = checkCron(expression);
      if (reason) errors.push({ path: `jobs.schedules.${job}`, message: { zh: `无效的 cron 表达式“${expression}”：${reason}`, en: `Invalid cron expression "${expression}": ${reason}` } });
    }
  }
  return errors.length ? { success: false, errors } : { success: true, data: result.data };
}
