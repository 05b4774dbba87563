import cron from 'node-cron';
import { validateSettings, type FieldError, type Settings } from '@sme-cluster/rules';
import { readConfigJson } from '../lib/config';

/**
 * The settings single type (api::setting.setting): what the administrator set in /admin, seeded
 * from config/*.json on first start. Readers get a cached snapshot; the cache is reloaded right
 * after every save in this process (see middleware.ts) and whenever the stored version differs
 * (currentSettings(), used before each rule evaluation, and the periodic check in other instances).
 */
export const SETTINGS_UID = 'api::setting.setting';
export const SETTINGS_POPULATE = { thresholds: true, scoringScheme: true, schedules: true, lifecycle: true, calendarExceptions: true } as const;

export interface SettingsSnapshot {
  /** Bumped by every save; 0 = the config/ defaults (nothing stored yet). */
  version: number;
  updatedAt: string | null;
  settings: Settings;
}

type Data = Record<string, unknown>;

const JOB_ATTRIBUTES = {
  expiry: 'expiry',
  renewal: 'renewal',
  annual_report_sweep: 'annualReportSweep',
  revocation_sweep: 'revocationSweep',
  expert_review_reminder: 'expertReviewReminder',
} as const;

/** node-cron's own verdict on an expression, with the first reason it gives. */
export function cronProblem(expression: string): string | null {
  if (cron.validate(expression)) return null;
  const detailed = cron.validateDetailed(expression);
  const first = detailed.errors[0];
  return first ? `${first.field}${first.value !== undefined ? ` “${first.value}”` : ''}: ${first.message}` : 'not a valid expression';
}

/** Decimals may come back from the database (or the admin panel) as strings. */
function num(value: unknown): unknown {
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return value;
}

function parseLeads(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(/[\s,，、;；]+/)
    .filter(Boolean)
    .map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : part));
}

/** Only the values: the database id, the component name and the admin panel's list key of a repeatable item go. */
const strip = (value: unknown): Data => {
  if (!value || typeof value !== 'object') return {};
  const { id: _id, __component: _c, __temp_key__: _key, ...rest } = value as Data;
  return rest;
};

/** Strapi-shaped settings data (attributes of the single type) → the rules' settings object, unvalidated. */
export function settingsFromData(data: Data): unknown {
  const nullable = (value: unknown) => (value === null ? null : value);
  const t = data.thresholds === null ? null : strip(data.thresholds);
  const s = data.schedules === null ? null : strip(data.schedules);
  const l = data.lifecycle === null ? null : strip(data.lifecycle);
  const criteria = Array.isArray(data.scoringScheme) ? (data.scoringScheme as unknown[]).map(strip) : data.scoringScheme;
  return {
    thresholds: t && Object.fromEntries(Object.entries(t).map(([key, value]) => [key, num(value)])),
    lifecycle: l && {
      renewalWindowOpensDaysBefore: num(l.renewalWindowOpensDaysBefore),
      renewalWindowClosesDaysAfter: num(l.renewalWindowClosesDaysAfter),
      annualReportDue: l.annualReportDue,
      annualReportGraceDays: num(l.annualReportGraceDays),
      // Stored before the setting existed: the default applies.
      recognizedClusterTarget: l.recognizedClusterTarget == null ? undefined : num(l.recognizedClusterTarget),
    },
    jobs: s && {
      timeZone: s.timeZone,
      // A job added after the settings were stored takes its default schedule.
      schedules: Object.fromEntries(Object.entries(JOB_ATTRIBUTES).map(([job, attribute]) => [job, s[attribute] ?? undefined])),
      reminderLeadDays: parseLeads(s.reminderLeadDays),
      expertReviewLeadDays: s.expertReviewLeadDays == null ? undefined : num(s.expertReviewLeadDays),
      batchSize: num(s.batchSize),
      // Stored before the setting existed: the default applies.
      staleRunHours: s.staleRunHours == null ? undefined : num(s.staleRunHours),
    },
    callNotice: {
      scoringScheme: Array.isArray(criteria) ? criteria.map((c) => ({ ...c, weight: num(c.weight), maxScore: num(c.maxScore) })) : nullable(criteria),
      publicNoticeDays: num(data.publicNoticeDays),
      cityQuotaMax: num(data.cityQuotaMax),
    },
    // Stored before the setting existed: none.
    calendar: { exceptions: Array.isArray(data.calendarExceptions) ? (data.calendarExceptions as unknown[]).map(strip) : [] },
  };
}

/** The rules' settings object → attributes of the single type. */
export function dataFromSettings(settings: Settings): Data {
  return {
    thresholds: { ...settings.thresholds },
    scoringScheme: settings.callNotice.scoringScheme.map((c) => ({ ...c })),
    publicNoticeDays: settings.callNotice.publicNoticeDays,
    cityQuotaMax: settings.callNotice.cityQuotaMax,
    schedules: {
      timeZone: settings.jobs.timeZone,
      ...Object.fromEntries(Object.entries(JOB_ATTRIBUTES).map(([job, attribute]) => [attribute, settings.jobs.schedules[job as keyof typeof JOB_ATTRIBUTES]])),
      reminderLeadDays: settings.jobs.reminderLeadDays.join(', '),
      expertReviewLeadDays: settings.jobs.expertReviewLeadDays,
      batchSize: settings.jobs.batchSize,
      staleRunHours: settings.jobs.staleRunHours,
    },
    lifecycle: { ...settings.lifecycle },
    calendarExceptions: settings.calendar.exceptions.map((exception) => ({ ...exception })),
  };
}

/** A rules path (jobs.schedules.annual_report_sweep) → the admin panel's field (schedules.annualReportSweep). */
export function dataPath(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'callNotice') return parts.slice(1).join('.') || 'scoringScheme';
  if (parts[0] === 'calendar') return ['calendarExceptions', ...parts.slice(2)].join('.');
  if (parts[0] === 'jobs') {
    if (parts[1] === 'schedules' && parts[2]) return `schedules.${JOB_ATTRIBUTES[parts[2] as keyof typeof JOB_ATTRIBUTES] ?? parts[2]}`;
    return `schedules.${parts[1] ?? 'timeZone'}`;
  }
  return path;
}

/** Validates Strapi-shaped data; errors carry the admin panel's field paths. */
export function checkSettingsData(data: Data): { success: true; data: Settings } | { success: false; errors: FieldError[] } {
  const result = validateSettings(settingsFromData(data), cronProblem);
  if (result.success) return result;
  return { success: false, errors: result.errors.map((error) => ({ ...error, path: dataPath(error.path) })) };
}

let defaults: Settings | undefined;

/** config/*.json: the defaults (and the first stored settings). */
export function defaultSettings(): Settings {
  if (!defaults) {
    const input = {
      thresholds: readConfigJson('thresholds.json'),
      lifecycle: readConfigJson('lifecycle.json'),
      jobs: readConfigJson('schedules.json'),
      callNotice: readConfigJson('call-notice.json'),
    };
    const result = validateSettings(input, cronProblem);
    if (!result.success) throw new Error(`config/: invalid defaults: ${result.errors.map((e) => `${e.path}: ${e.message.en}`).join('; ')}`);
    defaults = result.data;
  }
  return defaults;
}

let cached: SettingsSnapshot | undefined;

/** The settings in force now, synchronously: the last loaded snapshot, or the config/ defaults before the first load. */
export function settingsSnapshot(): SettingsSnapshot {
  return cached ?? { version: 0, updatedAt: null, settings: defaultSettings() };
}

async function readStored(): Promise<Data | null> {
  return (await strapi.documents(SETTINGS_UID as never).findFirst({ populate: SETTINGS_POPULATE as never })) as Data | null;
}

function snapshotOf(entity: Data): SettingsSnapshot {
  const result = checkSettingsData(entity);
  // Stored settings were validated on save; a row edited behind the API's back falls back to the defaults loudly.
  if (!result.success) {
    strapi.log.error(
      `settings v${entity.version}: stored values are invalid (${result.errors.map((e) => `${e.path}: ${e.message.en}`).join('; ')}); using config/ defaults`,
    );
    return { version: Number(entity.version ?? 0), updatedAt: (entity.updatedAt as string) ?? null, settings: defaultSettings() };
  }
  return { version: Number(entity.version ?? 0), updatedAt: (entity.updatedAt as string) ?? null, settings: result.data };
}

/** Reads the stored settings into the cache (defaults when nothing is stored). */
export async function loadSettings(): Promise<SettingsSnapshot> {
  const entity = await readStored();
  cached = entity ? snapshotOf(entity) : undefined;
  return settingsSnapshot();
}

/** The stored settings, checked against the database's version (one small query) before each use. */
export async function currentSettings(): Promise<SettingsSnapshot> {
  const row = (await strapi.db.query(SETTINGS_UID as never).findOne({ select: ['version'] })) as { version: number | null } | null;
  const stored = row ? Number(row.version ?? 0) : 0;
  if (!cached || cached.version !== stored) return loadSettings();
  return cached;
}

/** Creates the single type from config/ on first start (through the document service, so it is validated and audited). */
export async function seedSettings(): Promise<SettingsSnapshot> {
  if (!(await readStored())) {
    await strapi.documents(SETTINGS_UID as never).create({ data: dataFromSettings(defaultSettings()) as never });
  }
  return loadSettings();
}

/** For tests and the middleware: forget the cache so the next read goes to the database. */
export function invalidateSettings(): void {
  cached = undefined;
}
