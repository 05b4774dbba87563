import { Box, Card, CardContent, Chip, LinearProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, Title, useGetIdentity, useGetList, useGetOne, usePermissions, useTranslate, type RaRecord } from 'react-admin';
import { DateTimeText } from './common/DateField';
import lifecycleJson from '../../config/lifecycle.json';
import schedulesJson from '../../config/schedules.json';
import { APPLICATION_STATUSES, IN_EFFECT_STATUSES, annualReportDeadline, calendarDate, filedOnTime, owesAnnualReport, parseJobsConfig, parseLifecycle, type JobsConfig, type Lifecycle } from '@sme-cluster/rules';
import { canAccess } from './permissions';
import { session } from './session';

// The chart library is large: it loads with the dashboard, not with the sign-in page or the forms.
const Bars = lazy(() => import('./DashboardBars'));

// The server answers at most 500 rows per page: enough for one year's applications of the province.
const ALL = { page: 1, perPage: 500 };
const EXPIRY_WINDOW_DAYS = 90;

const Panel = ({ title, children }: { title: string; children: ReactNode }) => (
    <Card variant="outlined" sx={{ flex: '1 1 420px', minWidth: 320 }}>
        <CardContent>
            <Typography variant="h6" gutterBottom>
                {title}
            </Typography>
            {children}
        </CardContent>
    </Card>
);

const countBy = <R extends RaRecord>(records: R[], key: (record: R) => string | null | undefined) => {
    const counts = new Map<string, number>();
    for (const record of records) {
        const value = key(record);
        if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
};

/** This year's applications by state and by prefecture, and how far the call has come. */
const ApplicationPanels = ({ year }: { year: number }) => {
    const translate = useTranslate();
    const { data: applications = [], total = 0 } = useGetList('applications', { filter: { callYear: year }, pagination: ALL });
    const { data: prefectures = [] } = useGetList('regions', { filter: { level: 'prefecture' }, pagination: { page: 1, perPage: 20 }, sort: { field: 'code', order: 'ASC' } });
    const { data: notices = [] } = useGetList('call-notices', { filter: { year }, pagination: { page: 1, perPage: 1 } });
    const byStatus = countBy(applications, application => application.status);
    const byPrefecture = countBy(applications, application => application.prefectureCode);
    const notice = notices[0];
    const submitted = applications.filter(application => application.status !== 'draft' && application.status !== 'returned').length;
    return (
        <>
            <Panel title={translate('sme.dashboard.byStatus', { year })}>
                <Suspense fallback={<LinearProgress />}>
                    <Bars
                        label={translate('sme.dashboard.count')}
                        data={APPLICATION_STATUSES.map(status => ({ name: translate(`sme.status.${status}`), count: byStatus.get(status) ?? 0 }))}
                    />
                </Suspense>
            </Panel>
            <Panel title={translate('sme.dashboard.byPrefecture', { year })}>
                <Suspense fallback={<LinearProgress />}>
                    <Bars label={translate('sme.dashboard.count')} data={prefectures.map(region => ({ name: region.name, count: byPrefecture.get(region.code) ?? 0 }))} />
                </Suspense>
            </Panel>
            <Panel title={translate('sme.dashboard.callProgress', { year })}>
                {notice ? (
                    <>
                        <Typography gutterBottom>
                            <Link to={`/call-notices/${notice.id}/show`}>{notice.title}</Link>
                        </Typography>
                        <Typography variant="body2" color="text.secondary">
                            {translate('sme.dashboard.window')} <DateTimeText value={notice.opensOn} /> — <DateTimeText value={notice.closesOn} />
                        </Typography>
                        <Typography sx={{ mt: 2 }}>{translate('sme.dashboard.submitted', { submitted, total })}</Typography>
                        <LinearProgress variant="determinate" value={total ? (submitted / total) * 100 : 0} sx={{ height: 8, borderRadius: 4, mt: 1 }} />
                    </>
                ) : (
                    <Typography color="text.secondary">{translate('sme.dashboard.noCall')}</Typography>
                )}
            </Panel>
        </>
    );
};

/** Recognized clusters whose validity ends within 90 days: the re-review (复核) window. */
const ExpiringClusters = () => {
    const translate = useTranslate();
    const { data: clusters = [] } = useGetList('clusters', { filter: { status: 'recognized' }, sort: { field: 'validUntil', order: 'ASC' }, pagination: ALL });
    const limit = new Date(Date.now() + EXPIRY_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
    const expiring = clusters.filter(cluster => cluster.validUntil && cluster.validUntil <= limit);
    return (
        <Panel title={translate('sme.dashboard.expiring', { days: EXPIRY_WINDOW_DAYS })}>
            {expiring.length ? (
                <List dense>
                    {expiring.map(cluster => (
                        <ListItem key={cluster.id} component={Link} to={`/clusters/${cluster.id}/show`}>
                            <ListItemText primary={cluster.name} secondary={<DateTimeText value={cluster.validUntil} />} />
                            <Chip size="small" color="warning" label={translate('sme.dashboard.expiresOn')} />
                        </ListItem>
                    ))}
                </List>
            ) : (
                <Typography color="text.secondary">{translate('sme.dashboard.noneExpiring')}</Typography>
            )}
        </Panel>
    );
};

// The due day and the time zone are the province's settings, edited in /admin and read by the nightly
// sweep (`/api/console/settings/current`); the shipped config files stand in until it answers.
const shippedLifecycle = parseLifecycle(lifecycleJson);
const shippedJobs = parseJobsConfig(schedulesJson);

/**
 * After the due day (10 March, inclusive) plus the grace days: clusters in effect in the caller's
 * region that owe last year's report and have none filed on time — exactly the ones the
 * annual-report sweep will revoke (Art. 19–20; a late report does not cure). Before then the card is not shown.
 */
const OverdueAnnualReports = () => {
    const translate = useTranslate();
    const { data: settings } = useGetOne<{ id: string; lifecycle?: Lifecycle; jobs?: JobsConfig }>('settings', { id: 'current' });
    const lifecycle = settings?.lifecycle ?? shippedLifecycle;
    const timeZone = (settings?.jobs ?? shippedJobs).timeZone;
    const today = calendarDate(new Date(), timeZone);
    const year = Number(today.slice(0, 4));
    const deadline = annualReportDeadline(year, lifecycle);
    const late = today > deadline;
    const { data: clusters = [] } = useGetList('clusters', { filter: { status: IN_EFFECT_STATUSES }, sort: { field: 'name', order: 'ASC' }, pagination: ALL }, { enabled: late });
    const { data: reports = [] } = useGetList('annual-reports', { filter: { year: year - 1, status: 'submitted' }, pagination: ALL }, { enabled: late });
    if (!late) return null;
    const reported = new Set(reports.filter(report => filedOnTime(report.submittedAt, deadline, timeZone)).map(report => report.clusterId));
    const overdue = clusters.filter(cluster => owesAnnualReport(cluster.recognizedAt, year) && !reported.has(cluster.id));
    return (
        <Panel title={translate('sme.dashboard.overdueReports', { year: year - 1 })}>
            {overdue.length ? (
                <List dense>
                    {overdue.map(cluster => (
                        <ListItem key={cluster.id} component={Link} to={`/clusters/${cluster.id}/show`}>
                            <ListItemText primary={cluster.name} />
                            <Chip size="small" color="error" label={translate('sme.dashboard.overdue')} />
                        </ListItem>
                    ))}
                </List>
            ) : (
                <Typography color="text.secondary">{translate('sme.dashboard.noneOverdue')}</Typography>
            )}
        </Panel>
    );
};

export const Dashboard = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const { permissions: role } = usePermissions<string>();
    const user = session.user();
    const year = new Date().getFullYear();
    return (
        <Box sx={{ mt: 2 }}>
            <Title title="sme.app.title" />
            <Card sx={{ mb: 2 }}>
                <CardContent>
                    <Typography variant="h5" gutterBottom>
                        {translate('sme.app.title')}
                    </Typography>
                    {identity && <Typography>{translate('sme.dashboard.welcome', { name: identity.fullName })}</Typography>}
                    {role && <Typography color="text.secondary">{translate('sme.dashboard.role', { role: translate(`sme.role.${role}`) })}</Typography>}
                </CardContent>
            </Card>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
                {canAccess(user, { action: 'list', resource: 'applications' }) && <ApplicationPanels year={year} />}
                {canAccess(user, { action: 'list', resource: 'clusters' }) && <ExpiringClusters />}
                {canAccess(user, { action: 'list', resource: 'clusters' }) && canAccess(user, { action: 'list', resource: 'annual-reports' }) && <OverdueAnnualReports />}
            </Box>
        </Box>
    );
};
