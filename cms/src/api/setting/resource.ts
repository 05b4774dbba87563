import type { RecordResource } from '../../records/resource';
import type { CallNoticeDefaults, JobsConfig, LifecycleDates, Thresholds } from '@sme-cluster/rules';
import { SETTINGS_UID, type SettingsSnapshot } from '../../settings/store';

/** One save of the settings as staff read it: which version it made, when, who, and old → new by settings path. */
export interface SettingsChange {
  version: number;
  at: string;
  /** The administrator's name (or e-mail) in /admin; null when the system seeded them from config/. */
  by: string | null;
  changes: Array<{ path: string; from: unknown; to: unknown }>;
}

/** The settings as staff read them: one record, id `current`, with the version every rule report names. */
export interface SettingsRecord {
  id: 'current';
  version: number;
  updatedAt: string | null;
  thresholds: Thresholds;
  lifecycle: LifecycleDates;
  jobs: JobsConfig;
  callNotice: CallNoticeDefaults;
  /** The latest saves, newest first, so a reviewer holding an older report sees what changed since. */
  history: SettingsChange[];
}

const HISTORY_LENGTH = 10;

type AuditRow = { at: string; toState: string | null; details: { by?: { name?: string; email?: string } | null; changes?: SettingsChange['changes'] } | null };

/** The settings audit trail (written by the settings middleware on every save), read back as versions. */
async function settingsHistory(): Promise<SettingsChange[]> {
  const rows = (await strapi.db.query('api::audit-event.audit-event').findMany({
    where: { subjectType: 'settings' },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    limit: HISTORY_LENGTH,
  })) as AuditRow[];
  return rows.map((row) => ({
    version: Number(String(row.toState ?? '').replace(/^v/, '')),
    at: row.at,
    by: row.details?.by?.name ?? row.details?.by?.email ?? null,
    changes: row.details?.changes ?? [],
  }));
}

export async function settingsRecord(snapshot: SettingsSnapshot): Promise<SettingsRecord> {
  return { id: 'current', version: snapshot.version, updatedAt: snapshot.updatedAt, ...snapshot.settings, history: await settingsHistory() };
}

/** Read-only (no input schema, so no write routes): the administrator edits the settings in /admin. */
export const settingsResource: RecordResource<SettingsRecord> = {
  resource: 'settings',
  uid: SETTINGS_UID as RecordResource<SettingsRecord>['uid'],
  idField: 'documentId',
  toRecord: () => {
    throw new Error('settings are read through the settings console controller');
  },
  scopePaths: {},
  filters: {},
  searchFields: [],
  sortable: {},
  defaultSort: ['id', 'ASC'],
};
