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
import type { EligibilityReport, Outcome, RuleResult } from '@sme-cluster/rules';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../common/DateField';
import { useServerAction } from '../common/useServerAction';
import { OlderSettingsNotice, SettingsVersionLink } from '../settings/SettingsVersion';

const outcomeColors: Record<Outcome, ChipProps['color']> = { pass: 'success', fail: 'error', warn: 'warning', missing: 'default' };
const verdictColors: Record<string, ChipProps['color']> = { eligible: 'success', needs_review: 'warning', incomplete: 'warning', ineligible: 'error' };

/** A value as the report holds it: numbers to 2 decimals, lists joined, blanks as "—". */
function formatValue(value: unknown): string {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
    if (Array.isArray(value)) return value.map(formatValue).join('、');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
}

const Pairs = ({ values }: { values: Record<string, unknown> }) => (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1, fontSize: 12 }}>
        {Object.entries(values).map(([key, value]) => (
            <Box key={key} sx={{ display: 'contents' }}>
                <Box component="dt" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                    {key}
                </Box>
                <Box component="dd" sx={{ m: 0 }}>
                    {formatValue(value)}
                </Box>
            </Box>
        ))}
    </Box>
);

/**
 * Every rule of a report, in catalog order, with its outcome, what it read and the threshold: the
 * application's eligibility report and an annual report's hard-criteria re-evaluation share it.
 */
export const RuleTable = ({ rules }: { rules: RuleResult[] }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const message = (rule: RuleResult) => (locale.startsWith('zh') ? rule.message.zh : rule.message.en);
    return (
        <Table size="small" aria-label={translate('resources.applications.report.title')}>
            <TableHead>
                <TableRow>
                    <TableCell>{translate('resources.applications.report.rule')}</TableCell>
                    <TableCell>{translate('resources.applications.report.article')}</TableCell>
                    <TableCell>{translate('resources.applications.report.outcome')}</TableCell>
                    <TableCell>{translate('resources.applications.report.message')}</TableCell>
                    <TableCell sx={{ minWidth: 280 }}>{translate('resources.applications.report.values')}</TableCell>
                    <TableCell sx={{ minWidth: 200 }}>{translate('resources.applications.report.threshold')}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {rules.map(rule => (
                    <TableRow key={rule.id} data-testid={`rule-${rule.id}`}>
                        <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{rule.id}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{rule.article}</TableCell>
                        <TableCell>
                            <Chip size="small" color={outcomeColors[rule.outcome]} label={translate(`resources.applications.report.outcomes.${rule.outcome}`)} />
                        </TableCell>
                        <TableCell sx={{ minWidth: 240 }}>{message(rule)}</TableCell>
                        <TableCell>
                            <Pairs values={rule.values} />
                        </TableCell>
                        <TableCell>
                            <Pairs values={rule.threshold} />
                        </TableCell>
                    </TableRow>
                ))}
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
            {translate('resources.applications.report.evaluatedAt')} <DateTimeText value={evaluatedAt} /> · {translate('resources.applications.report.engine', { version: engineVersion })}
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
                <Chip
                    data-testid="verdict-badge"
                    color={verdictColors[report.verdict] ?? 'default'}
                    label={translate(`sme.verdict.${report.verdict}`)}
                />
                <EvaluatedAt evaluatedAt={report.evaluatedAt} engineVersion={report.engineVersion} settingsVersion={report.settingsVersion} />
            </Stack>
            <OlderSettingsNotice version={report.settingsVersion} />
            <RuleTable rules={report.rules} />
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
                {record.report ? <RuleReport report={record.report} /> : <Typography color="text.secondary">{translate('resources.applications.report.none')}</Typography>}
            </CardContent>
        </Card>
    );
};
