import { Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  CALENDAR_DAY_KIND_LABELS,
  DEFAULT_THRESHOLDS,
  OFFICIAL_CALENDAR_YEARS,
  JOB_NAMES,
  SETTING_LABELS,
  THRESHOLD_KEYS,
  describeRule,
  rulesUsingThreshold,
  thresholdLabel,
  thresholdUnit,
  type CalendarDayKind,
  type SettingPath,
  type ThresholdKey,
} from '@sme-cluster/rules';
import type { ReactNode } from 'react';
import { Loading, Title, useLocaleState, useTranslate } from 'react-admin';
import { Code } from '../common/Code';
import { DateTimeText } from '../common/DateField';
import { useCurrentSettings } from './SettingsVersion';
import type { SettingsChange, SettingsRecord } from './settingsRecord';

type Text = { zh: string; en: string };

function useText(): (text: Text) => string {
  const [locale] = useLocaleState();
  return (text) => (locale.startsWith('zh') ? text.zh : text.en);
}

/** A settings path of the audit trail (thresholds.outputMin, jobs.schedules.expiry …) by its label. */
function settingName(path: string): Text {
  const [group, key] = path.split('.');
  if (group === 'thresholds' && (THRESHOLD_KEYS as string[]).includes(key)) return thresholdLabel(key as ThresholdKey);
  return SETTING_LABELS[path as SettingPath] ?? { zh: path, en: path };
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined" sx={{ mb: 2 }}>
    <CardContent>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** A time zone by its name in the console's language (中国标准时间), its IANA name as the code. */
const TimeZone = ({ zone }: { zone: string }) => {
  const [locale] = useLocaleState();
  const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value;
  return (
    <>
      {name ?? zone}
      <Code>{zone}</Code>
    </>
  );
};

/** Label and value rows of the settings that are not thresholds. */
const SettingRows = ({ rows }: { rows: Array<[SettingPath, ReactNode]> }) => {
  const text = useText();
  return (
    <Table size="small">
      <TableBody>
        {rows.map(([path, value]) => (
          <TableRow key={path} data-testid={`setting-${path}`}>
            <TableCell sx={{ width: '40%' }}>{text(SETTING_LABELS[path])}</TableCell>
            <TableCell sx={{ fontFamily: typeof value === 'string' ? 'monospace' : undefined }}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Every threshold with its unit, its default and the catalog rules it decides, worded with the value in force. */
const ThresholdTable = ({ settings }: { settings: SettingsRecord }) => {
  const translate = useTranslate();
  const text = useText();
  return (
    <Table size="small" aria-label={translate('resources.settings.thresholds')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.settings.setting')}</TableCell>
          <TableCell align="right">{translate('resources.settings.value')}</TableCell>
          <TableCell align="right">{translate('resources.settings.default')}</TableCell>
          <TableCell>{translate('resources.settings.rules')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {THRESHOLD_KEYS.map((key) => {
          const value = settings.thresholds[key];
          const changed = value !== DEFAULT_THRESHOLDS[key];
          return (
            <TableRow key={key} data-testid={`threshold-${key}`}>
              <TableCell>
                {text(thresholdLabel(key))}
                <Code block>{key}</Code>
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: changed ? 700 : undefined }} data-testid="threshold-value">
                {value} {thresholdUnit(key)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>
                {DEFAULT_THRESHOLDS[key]} {thresholdUnit(key)}
              </TableCell>
              <TableCell>
                {rulesUsingThreshold(key).map((entry) => (
                  <Box key={entry.id} sx={{ fontSize: 13 }}>
                    {entry.article} {text(describeRule(entry, settings.thresholds))}
                    <Code>{entry.id}</Code>
                  </Box>
                ))}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

const ScoringTable = ({ settings }: { settings: SettingsRecord }) => {
  const translate = useTranslate();
  const text = useText();
  const criteria = settings.callNotice.scoringScheme;
  const label = (field: 'name' | 'weight' | 'maxScore') => text(SETTING_LABELS[`callNotice.scoringScheme.${field}`]);
  return (
    <Table size="small" aria-label={translate('resources.settings.scoring')}>
      <TableHead>
        <TableRow>
          <TableCell>{label('name')}</TableCell>
          <TableCell align="right">{label('weight')}</TableCell>
          <TableCell align="right">{label('maxScore')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {criteria.map((criterion) => (
          <TableRow key={criterion.key}>
            <TableCell>
              {criterion.name}
              <Code block>{criterion.key}</Code>
            </TableCell>
            <TableCell align="right">{criterion.weight}</TableCell>
            <TableCell align="right">{criterion.maxScore}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell sx={{ fontWeight: 700 }}>{translate('resources.settings.weightSum')}</TableCell>
          <TableCell align="right" sx={{ fontWeight: 700 }}>
            {criteria.reduce((sum, criterion) => sum + criterion.weight, 0)}
          </TableCell>
          <TableCell />
        </TableRow>
      </TableBody>
    </Table>
  );
};

/** The province's exceptions to the official calendar the 公示 counts working days by. */
const CalendarExceptions = ({ settings }: { settings: SettingsRecord }) => {
  const translate = useTranslate();
  const text = useText();
  const label = (field: 'date' | 'kind' | 'note') => text(SETTING_LABELS[`calendar.exceptions.${field}`]);
  const exceptions = [...settings.calendar.exceptions].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.settings.officialYears', {
          from: OFFICIAL_CALENDAR_YEARS[0],
          to: OFFICIAL_CALENDAR_YEARS[OFFICIAL_CALENDAR_YEARS.length - 1],
        })}
      </Typography>
      {exceptions.length ? (
        <Table size="small" aria-label={translate('resources.settings.calendar')}>
          <TableHead>
            <TableRow>
              <TableCell>{label('date')}</TableCell>
              <TableCell>{label('kind')}</TableCell>
              <TableCell>{label('note')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {exceptions.map((exception) => (
              <TableRow key={exception.date} data-testid={`calendar-exception-${exception.date}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{exception.date}</TableCell>
                <TableCell>{text(CALENDAR_DAY_KIND_LABELS[exception.kind])}</TableCell>
                <TableCell>{exception.note}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography color="text.secondary">{translate('resources.settings.noExceptions')}</Typography>
      )}
    </>
  );
};

/**
 * A changed value in words: the province's calendar exceptions and the scoring scheme are lists of
 * records, read as lines of their fields (not as their stored JSON); everything else as it is.
 */
function useSettingValue(): (path: string, value: unknown) => string {
  const text = useText();
  return (path, value) => {
    if (value === null || value === undefined) return '—';
    if (path === 'calendar.exceptions' && Array.isArray(value))
      return (
        (value as Array<{ date: string; kind: CalendarDayKind; note: string }>)
          .map((exception) => `${exception.date} ${text(CALENDAR_DAY_KIND_LABELS[exception.kind])}（${exception.note}）`)
          .join('；') || '—'
      );
    if (path === 'callNotice.scoringScheme' && Array.isArray(value))
      return (value as Array<{ name: string; weight: number; maxScore: number }>)
        .map((criterion) => `${criterion.name} ${criterion.weight}/${criterion.maxScore}`)
        .join('；');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
}

const History = ({ history }: { history: SettingsChange[] }) => {
  const translate = useTranslate();
  const text = useText();
  const valueText = useSettingValue();
  if (!history.length) return <Typography color="text.secondary">{translate('resources.settings.none')}</Typography>;
  return (
    <Table size="small" aria-label={translate('resources.settings.history')}>
      <TableBody>
        {history.map((entry) => (
          <TableRow key={entry.version} data-testid={`settings-history-${entry.version}`}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.settings.version', { version: entry.version })}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <DateTimeText value={entry.at} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{entry.by ?? translate('resources.settings.seededBy')}</TableCell>
            <TableCell>
              {entry.changes.map((change) => (
                <Box key={change.path} sx={{ fontSize: 13 }}>
                  {text(settingName(change.path))}：{valueText(change.path, change.from)} → {valueText(change.path, change.to)}
                </Box>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * 评价参数 (issue 12): the settings in force, read-only, so reviewers know the thresholds, scoring
 * scheme, schedules and dates their reports and deadlines used; the administrator edits them in /admin.
 */
export const SettingsPage = () => {
  const translate = useTranslate();
  const settings = useCurrentSettings();
  if (!settings) return <Loading />;
  const [latest] = settings.history;
  const { jobs, lifecycle, callNotice } = settings;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="resources.settings.name" />
      <Section title={translate('resources.settings.name')}>
        <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap">
          <Chip color="primary" label={translate('resources.settings.version', { version: settings.version })} data-testid="settings-version" />
          {latest && (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.settings.changed', { by: latest.by ?? translate('resources.settings.seededBy') })} · <DateTimeText value={latest.at} />
            </Typography>
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('resources.settings.subtitle')}
        </Typography>
      </Section>
      <Section title={translate('resources.settings.thresholds')}>
        <ThresholdTable settings={settings} />
      </Section>
      <Section title={translate('resources.settings.scoring')}>
        <ScoringTable settings={settings} />
      </Section>
      <Section title={translate('resources.settings.callNotice')}>
        <SettingRows
          rows={[
            ['callNotice.publicNoticeDays', callNotice.publicNoticeDays],
            ['callNotice.cityQuotaMax', callNotice.cityQuotaMax],
          ]}
        />
      </Section>
      <Section title={translate('resources.settings.calendar')}>
        <CalendarExceptions settings={settings} />
      </Section>
      <Section title={translate('resources.settings.schedules')}>
        <SettingRows
          rows={[
            ['jobs.timeZone', <TimeZone key="timeZone" zone={jobs.timeZone} />],
            ...JOB_NAMES.map((job): [SettingPath, ReactNode] => [`jobs.schedules.${job}`, jobs.schedules[job]]),
            ['jobs.reminderLeadDays', jobs.reminderLeadDays.join('、')],
            ['jobs.expertReviewLeadDays', jobs.expertReviewLeadDays],
            ['jobs.batchSize', jobs.batchSize],
            ['jobs.staleRunHours', jobs.staleRunHours],
          ]}
        />
      </Section>
      <Section title={translate('resources.settings.lifecycle')}>
        <SettingRows
          rows={[
            ['lifecycle.renewalWindowOpensDaysBefore', lifecycle.renewalWindowOpensDaysBefore],
            ['lifecycle.renewalWindowClosesDaysAfter', lifecycle.renewalWindowClosesDaysAfter],
            ['lifecycle.annualReportDue', lifecycle.annualReportDue],
            ['lifecycle.annualReportGraceDays', lifecycle.annualReportGraceDays],
            ['lifecycle.recognizedClusterTarget', lifecycle.recognizedClusterTarget],
          ]}
        />
      </Section>
      <Section title={translate('resources.settings.history')}>
        <History history={settings.history} />
      </Section>
    </Box>
  );
};
