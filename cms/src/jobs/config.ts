import type { JobsConfig, LifecycleDates } from '@sme-cluster/rules';
import { settingsSnapshot } from '../settings/store';

/**
 * The job schedules in force: the settings single type (edited in /admin, validated on save with
 * node-cron's check of every expression), config/schedules.json before it is loaded.
 */
export function schedulesConfig(): JobsConfig {
  return settingsSnapshot().settings.jobs;
}

/** The re-review window and the annual-report deadline the workflow also applies. */
export function lifecycleConfig(): LifecycleDates {
  return settingsSnapshot().settings.lifecycle;
}
