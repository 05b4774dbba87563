import type { Settings } from '@sme-cluster/rules';

/** One save of the settings (GET /api/console/settings/current, history). */
export interface SettingsChange {
  version: number;
  at: string;
  by: string | null;
  changes: Array<{ path: string; from: unknown; to: unknown }>;
}

/** The settings single type as the console reads it: one record, id `current`. */
export type SettingsRecord = Settings & { id: 'current'; version: number; updatedAt: string | null; history: SettingsChange[] };
