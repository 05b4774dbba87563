import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { FieldError, Settings } from '@sme-cluster/rules';
import { recordAudit } from '../lib/audit';
import { conflict } from '../lib/errors';
import { replanScheduler } from '../jobs/scheduler';
import { SETTINGS_POPULATE, SETTINGS_UID, checkSettingsData, currentSettings, dataFromSettings, loadSettings, settingsSnapshot } from './store';

type Data = Record<string, unknown>;
type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const COMPONENTS = ['thresholds', 'schedules', 'lifecycle'] as const;
const SCALARS = ['scoringScheme', 'publicNoticeDays', 'cityQuotaMax', 'calendarExceptions'] as const;

/** One message the admin panel shows as it is, plus field errors in Strapi's shape (path as an array) so it marks the fields. */
export function refuse(fieldErrors: FieldError[]): never {
  const lines = fieldErrors.map((error) => `${error.path}: ${error.message.zh} / ${error.message.en}`);
  throw new errors.ValidationError(`设置无效，未保存 / Invalid settings, nothing was saved — ${lines.join('; ')}`, {
    errors: fieldErrors.map((error) => ({
      path: error.path.split('.'),
      message: `${error.message.zh} / ${error.message.en}`,
      name: 'ValidationError',
      value: undefined,
    })),
  });
}

/**
 * The new values = the current ones with what the request sends (a component replaces its fields
 * one by one, so a partial update through the document service does not blank the others).
 */
function merged(current: Data, incoming: Data): Data {
  const next: Data = { ...current };
  for (const key of COMPONENTS) {
    if (!(key in incoming)) continue;
    const value = incoming[key];
    next[key] = value === null || typeof value !== 'object' ? value : { ...(current[key] as Data), ...(value as Data) };
  }
  for (const key of SCALARS) if (key in incoming) next[key] = incoming[key];
  return next;
}

function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else out[prefix] = Array.isArray(value) ? JSON.stringify(value) : value;
  return out;
}

/** Old → new of every value that changed, by settings path (thresholds.outputMin, jobs.schedules.expiry …). */
export function settingsChanges(before: Settings, after: Settings): Array<{ path: string; from: unknown; to: unknown }> {
  const a = flatten(before);
  const b = flatten(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((path) => a[path] !== b[path])
    .map((path) => ({ path, from: a[path] ?? null, to: b[path] ?? null }));
}

/** The administrator behind the request (admin panel session), if any. */
export function adminOfRequest(): { id: unknown; email?: string; name?: string } | null {
  const ctx = strapi.requestContext.get() as { state?: { user?: Data; auth?: { strategy?: { name?: string } } } } | undefined;
  const user = ctx?.state?.user;
  if (!user) return null;
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || (user.username as string) || undefined;
  return {
    id: user.id,
    email: user.email as string | undefined,
    name,
    ...(ctx?.state?.auth?.strategy?.name ? { strategy: ctx.state.auth.strategy.name } : {}),
  };
}

/**
 * Every write of the settings single type — admin panel, content API, code — is validated with the
 * rules' settings schema (and node-cron) before anything is stored, gets the next version, reloads
 * the cache, re-plans changed job schedules and leaves an audit event with old → new values.
 */
const settingsMiddleware: Middleware = async (ctx, next) => {
  if (ctx.uid !== SETTINGS_UID) return next();
  if (ctx.action === 'delete') {
    throw new errors.ValidationError('系统设置不能删除，只能修改 / The settings cannot be deleted, only changed');
  }
  if (ctx.action !== 'create' && ctx.action !== 'update') return next();

  // One transaction from reading the stored version to the audit event: two saves at once cannot
  // both take the next version. On SQLite the second waits for the first and takes the one after;
  // on PostgreSQL both read the same version and the claim below lets one through, the other gets 409.
  return strapi.db.transaction(async () => {
    const params = ctx.params as { data?: Data; documentId?: string };
    const stored = (await strapi.documents(SETTINGS_UID as never).findFirst({ populate: SETTINGS_POPULATE as never })) as Data | null;
    const previous = stored ? checkSettingsData(stored) : null;
    const before = previous?.success ? previous.data : settingsSnapshot().settings;
    const base = dataFromSettings(before);
    const candidate = merged(base, params.data ?? {});
    const checked = checkSettingsData(candidate);
    if (!checked.success) refuse(checked.errors);

    const fromVersion = Number(stored?.version ?? 0);
    const version = fromVersion + 1;
    if (stored) {
      const claimed = await strapi.db.query(SETTINGS_UID as never).updateMany({ where: { id: stored.id, version: fromVersion }, data: { version } });
      if (claimed.count !== 1)
        conflict(`设置已被他人修改（第 ${fromVersion} 版之后），请刷新后重试 / The settings changed after version ${fromVersion}; reload and retry`);
    }
    params.data = { ...(params.data ?? {}), ...dataFromSettings(checked.data), version };
    const result = await next();

    const snapshot = await loadSettings();
    const changes = settingsChanges(before, checked.data);
    if (changes.some((change) => change.path.startsWith('jobs.'))) await replanScheduler(snapshot.settings.jobs);
    const admin = adminOfRequest();
    await recordAudit({
      actor: null,
      actorRole: admin ? 'strapi_admin' : 'system',
      action: stored ? 'settings.update' : 'settings.seed',
      subjectType: 'settings',
      subjectId: 'settings',
      fromState: stored ? `v${fromVersion}` : null,
      toState: `v${version}`,
      details: { version: { from: stored ? fromVersion : null, to: version }, by: admin, changes },
    });
    return result;
  });
};

/**
 * A new call notice without its own scoring scheme, public-notice length or city quota takes the
 * settings' defaults (the notice then keeps them: later settings changes do not touch it).
 */
const callNoticeDefaultsMiddleware: Middleware = async (ctx, next) => {
  if (ctx.uid !== 'api::call-notice.call-notice' || ctx.action !== 'create') return next();
  const params = ctx.params as { data?: Data };
  const data = (params.data ??= {});
  const defaults = settingsSnapshot().settings.callNotice;
  if (!Array.isArray(data.scoringScheme) || data.scoringScheme.length === 0) data.scoringScheme = defaults.scoringScheme.map((c) => ({ ...c }));
  if (data.publicNoticeDays == null) data.publicNoticeDays = defaults.publicNoticeDays;
  if (data.cityQuotaMax == null) data.cityQuotaMax = defaults.cityQuotaMax;
  return next();
};

export function registerSettings(strapi: Core.Strapi): void {
  strapi.documents.use(settingsMiddleware);
  strapi.documents.use(callNoticeDefaultsMiddleware);
}

let watch: NodeJS.Timeout | undefined;

/**
 * Another instance sharing the database may save the settings: every `intervalMs` the stored version
 * is compared with the cached one, and a new version is loaded (and its schedules re-planned).
 */
export function startSettingsWatch(intervalMs = Number(process.env.SETTINGS_POLL_MS ?? 30_000)): void {
  if (watch || !(intervalMs > 0)) return;
  watch = setInterval(async () => {
    try {
      const seen = settingsSnapshot().version;
      const current = await currentSettings();
      if (current.version !== seen) await replanScheduler(current.settings.jobs);
    } catch (error) {
      strapi.log.warn(`settings: version check failed: ${(error as Error).message}`);
    }
  }, intervalMs);
  watch.unref();
}

export function stopSettingsWatch(): void {
  if (watch) clearInterval(watch);
  watch = undefined;
}
