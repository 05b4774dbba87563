import type { CalendarException, LifecycleDates, Thresholds } from '@sme-cluster/rules';
import { currentSettings, settingsSnapshot } from '../settings/store';

/** The lifecycle dates in force (settings single type; config/lifecycle.json before it is loaded). */
export function lifecycle(): LifecycleDates {
  return settingsSnapshot().settings.lifecycle;
}

/** The rule thresholds in force (settings single type; config/thresholds.json before it is loaded). */
export function thresholds(): Thresholds {
  return settingsSnapshot().settings.thresholds;
}

/** The thresholds for an evaluation, checked against the stored version, and that version (recorded on the report). */
export async function ruleSettings(): Promise<{ thresholds: Thresholds; settingsVersion: number }> {
  const current = await currentSettings();
  return { thresholds: current.settings.thresholds, settingsVersion: current.version };
}

/** The province's exceptions to the official calendar, checked against the stored version (a 公示 opened right after a save counts them). */
export async function calendarExceptions(): Promise<CalendarException[]> {
  return (await currentSettings()).settings.calendar.exceptions;
}
