import { Alert, Link as MuiLink } from '@mui/material';
import { Link, useGetOne, useTranslate } from 'react-admin';
import { canAccess } from '../permissions';
import { session } from '../session';
import type { SettingsRecord } from './settingsRecord';

/** The settings in force now, for whoever may read them (every role of the matrix today). */
export function useCurrentSettings(): SettingsRecord | undefined {
  const allowed = canAccess(session.user(), { action: 'show', resource: 'settings' });
  return useGetOne<SettingsRecord>('settings', { id: 'current' }, { enabled: allowed }).data;
}

/** "评价参数第 N 版", leading to the 评价参数 page. */
export const SettingsVersionLink = ({ version }: { version: number }) => {
  const translate = useTranslate();
  return (
    <MuiLink component={Link} to="/settings" data-testid="report-settings-version">
      {translate('resources.settings.reportVersion', { version })}
    </MuiLink>
  );
};

/** Said when a report was made with settings older than the ones in force: its thresholds may differ. */
export const OlderSettingsNotice = ({ version }: { version: number | undefined }) => {
  const translate = useTranslate();
  const current = useCurrentSettings();
  if (version === undefined || !current || current.version <= version) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="older-settings">
      {translate('resources.settings.olderVersion', { version, current: current.version })}
    </Alert>
  );
};
