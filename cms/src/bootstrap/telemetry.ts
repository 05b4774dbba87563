import type { Core } from '@strapi/strapi';

/**
 * Strapi's upload plugin schedules its usage report (`uploadWeekly`) for 15 seconds after every
 * start, then weekly, even with telemetry disabled: the report goes nowhere, but the job still
 * counts every file and rewrites its row of the core store — an unbidden write into a running
 * backup, a held SQLite lock, or another instance's database. The product sends no telemetry
 * (cms/package.json `telemetryDisabled`), so the job goes.
 */
const TELEMETRY_JOBS = ['uploadWeekly'] as const;

export function removeTelemetryJobs(strapi: Core.Strapi): void {
  if (!strapi.telemetry.isDisabled) return;
  for (const name of TELEMETRY_JOBS) strapi.cron.remove(name);
}
