import FactCheckIcon from '@mui/icons-material/FactCheck';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  type ChipProps,
} from '@mui/material';
import { displayRule, type DisplayFigure, type EligibilityReport, type Outcome, type RuleResult } from '@sme-cluster/rules';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Code } from '../common/Code';
import { DateTimeText } from '../common/DateField';
import { useServerAction } from '../common/useServerAction';
import { OlderSettingsNotice, SettingsVersionLink } from '../settings/SettingsVersion';

const outcomeColors: Record<Outcome, ChipProps['color']> = { pass: 'success', fail: 'error', warn: 'warning', missing: 'default' };
const verdictColors: Record<string, ChipProps['color']> = { eligible: 'success', needs_review: 'warning', incomplete: 'warning', ineligible: 'error' };

/** The figures a rule used: each by its label on the form (the key only as small secondary text), then its value. */
const Figures = ({ figures }: { figures: DisplayFigure[] }) => (
  <Box component="dl" sx={{ m: 0 }}>
    {figures.map((figure) => (
      <Box key={figure.key} sx={{ mb: 0.5 }}>
        <Box component="dt" sx={{ color: 'text.secondary', fontSize: 12 }}>
          {figure.label}
          <Code>{figure.key}</Code>
        </Box>
        <Box component="dd" sx={{ m: 0, fontSize: 13 }}>
          {figure.text}
        </Box>
      </Box>
    ))}
  </Box>
);

/**
 * Every rule of a report, in catalog order, worded for an official: its title and article, the
 * outcome, the figures it used with their labels and units, the threshold in words and the years.
 * The application's eligibility report and an annual report's hard-criteria re-evaluation share it.
 * Columns wrap instead of scrolling sideways, down to a 1280 px screen.
 */
export const RuleTable = ({ rules, callYear }: { rules: RuleResult[]; callYear: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const message = (rule: RuleResult) => (locale.startsWith('zh') ? rule.message.zh : rule.message.en);
  return (
    <Table
      size="small"
      aria-label={translate('resources.applications.report.title')}
      sx={{ tableLayout: 'fixed', width: '100%', '& td': { verticalAlign: 'top', overflowWrap: 'anywhere' } }}
    >
      <colgroup>
        <col style={{ width: '22%' }} />
        <col style={{ width: '9%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '20%' }} />
        <col style={{ width: '27%' }} />
        <col style={{ width: '14%' }} />
      </colgroup>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.applications.report.rule')}</TableCell>
          <TableCell>{translate('resources.applications.report.article')}</TableCell>
          <TableCell>{translate('resources.applications.report.outcome')}</TableCell>
          <TableCell>{translate('resources.applications.report.message')}</TableCell>
          <TableCell>{translate('resources.applications.report.values')}</TableCell>
          <TableCell>{translate('resources.applications.report.threshold')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rules.map((rule) => {
          const shown = displayRule(rule, callYear);
          return (
            <TableRow key={rule.id} data-testid={`rule-${rule.id}`}>
              <TableCell>
                <Typography variant="body2">{shown.title}</Typography>
                <Code block>{rule.id}</Code>
              </TableCell>
              <TableCell>{rule.article}</TableCell>
              <TableCell>
                <Chip size="small" color={outcomeColors[rule.outcome]} label={translate(`resources.applications.report.outcomes.${rule.outcome}`)} />
              </TableCell>
              <TableCell>{message(rule)}</TableCell>
              <TableCell>
                <Figures figures={shown.figures} />
              </TableCell>
              <TableCell>
                {shown.thresholds.map((threshold) => (
                  <Typography key={threshold} variant="body2">
                    {threshold}
                  </Typography>
                ))}
                {shown.years && (
                  <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
                    {translate('resources.applications.report.years', { years: shown.years })}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

/** A stored report names the settings version it was made with (reports from before issue 12 do not). */
export type VersionedReport = EligibilityReport & { settingsVersion?: number };

/** When, by which engine version and with which settings version (a link to 评价参数) a report was made. */
export const EvaluatedAt = ({ evaluatedAt, engineVersion, settingsVersion }: { evaluatedAt: string; engineVersion: string; settingsVersion?: number }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.applications.report.evaluatedAt')} <DateTimeText value={evaluatedAt} /> ·{' '}
      {translate('resources.applications.report.engine', { version: engineVersion })}
      {settingsVersion !== undefined && (
        <>
          {' · '}
          <SettingsVersionLink version={settingsVersion} />
        </>
      )}
    </Typography>
  );
};

/** The rule report: the verdict badge and every rule of the catalog, in order, with what it read. */
export const RuleReport = ({ report }: { report: VersionedReport }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 2 }}>
        <Typography variant="subtitle1">{translate('resources.applications.report.verdict')}</Typography>
        <Chip data-testid="verdict-badge" color={verdictColors[report.verdict] ?? 'default'} label={translate(`sme.verdict.${report.verdict}`)} />
        <EvaluatedAt evaluatedAt={report.evaluatedAt} engineVersion={report.engineVersion} settingsVersion={report.settingsVersion} />
      </Stack>
      <OlderSettingsNotice version={report.settingsVersion} />
      <RuleTable rules={report.rules} callYear={report.callYear} />
    </Box>
  );
};

/** "评估" runs the rules on the stored form; the server keeps the report on the application. */
export const EvaluateButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { pending, post } = useServerAction();
  if (!record) return null;
  return (
    <Button
      variant="contained"
      startIcon={<FactCheckIcon />}
      onClick={() => post(`applications/${record.id}/evaluate`, {}, 'resources.applications.report.done')}
      disabled={pending}
    >
      {translate('resources.applications.actions.evaluate')}
    </Button>
  );
};

/** The panel on the show page: the latest report, and the button for whoever may evaluate. */
export const RulePanel = ({ canEvaluate }: { canEvaluate: boolean }) => {
  const record = useRecordContext<{ id: string; report?: VersionedReport | null; reportAt?: string | null; formUpdatedAt?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const stale = Boolean(record.report && record.reportAt && record.formUpdatedAt && Date.parse(record.reportAt) <= Date.parse(record.formUpdatedAt));
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 2 }}>
          <Typography variant="h6">{translate('resources.applications.report.title')}</Typography>
          {canEvaluate && <EvaluateButton />}
        </Stack>
        {stale && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('resources.applications.report.stale')}
          </Alert>
        )}
        {record.report ? (
          <RuleReport report={record.report} />
        ) : (
          <Typography color="text.secondary">{translate('resources.applications.report.none')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};
