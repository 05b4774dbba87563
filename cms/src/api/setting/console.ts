import type { ConsoleResource } from '../../console/resource';
import type { CallNoticeDefaults, JobsConfig, Lifecycle, Thresholds } from '@sme-cluster/rules';
import { SETTINGS_UID, type SettingsSnapshot } from '../../settings/store';

/** The settings as staff read them: one record, id `current`, with the version every rule report names. */
export interface SettingsRecord {
  id: 'current';
  version: number;
  updatedAt: string | null;
  thresholds: Thresholds;
  lifecycle: Lifecycle;
  jobs: JobsConfig;
  callNotice: CallNoticeDefaults;
}

export function settingsRecord(snapshot: SettingsSnapshot): SettingsRecord {
  return { id: 'current', version: snapshot.version, updatedAt: snapshot.updatedAt, ...snapshot.settings };
}

/** Read-only (no input schema, so no write routes): the administrator edits the settings in /admin. */
export const settingsResource: ConsoleResource<SettingsRecord> = {
  resource: 'settings',
  uid: SETTINGS_UID as ConsoleResource<SettingsRecord>['uid'],
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
