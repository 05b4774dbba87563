import { Box, Card, CardContent, Chip, LinearProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, Title, useGetIdentity, useGetList, useGetOne, usePermissions, useTranslate, type RaRecord } from 'react-admin';
import { DateTimeText } from './common/DateField';
import lifecycleJson from '../../config/lifecycle.json';
import schedulesJson from '../../config/schedules.json';
import {
  APPLICATION_STATUSES,
  POOL_CANDIDATE_STATUSES,
  changeFilingStepOf,
  IN_EFFECT_STATUSES,
  applicationStatesAwaiting,
  poolCandidateLifecycle,
  statesAwaiting,
  annualReportDeadline,
  calendarDate,
  filedOnTime,
  owesAnnualReport,
  parseJobsConfig,
  parseLifecycle,
  type JobsConfig,
  type LifecycleDates,
} from '@sme-cluster/rules';
import { canAccess } from './permissions';
import { apiUrl, httpClient } from './httpClient';
import { session, type ConsoleUser } from './session';

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

/** This year's applications by state and by region, and how far the call has come. */
const ApplicationPanels = ({ year, user }: { year: number; user: ConsoleUser }) => {
  const translate = useTranslate();
  // A city sees its prefecture by county, the province the whole province by prefecture.
  const prefectureCode = user.region?.level === 'prefecture' ? user.region.code : null;
  const { data: applications = [], total = 0 } = useGetList('applications', { filter: { callYear: year }, pagination: ALL });
  const { data: regions = [] } = useGetList('regions', {
    filter: prefectureCode ? { level: 'county', parentCode: prefectureCode } : { level: 'prefecture' },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  const { data: notices = [] } = useGetList('call-notices', { filter: { year }, pagination: { page: 1, perPage: 1 } });
  const byStatus = countBy(applications, (application) => application.status);
  const byRegion = countBy(applications, (application) => (prefectureCode ? application.countyCode : application.prefectureCode));
  const notice = notices[0];
  // Submitted: no longer with the county (neither a draft nor returned to it).
  const withCounty: string[] = applicationStatesAwaiting('county_declarant');
  const submitted = applications.filter((application) => !withCounty.includes(application.status)).length;
  return (
    <>
      <Panel title={translate('sme.dashboard.byStatus', { year })}>
        <Suspense fallback={<LinearProgress aria-label={translate('ra.page.loading')} />}>
          <Bars
            label={translate('sme.dashboard.count')}
            data={APPLICATION_STATUSES.map((status) => ({ name: translate(`sme.status.${status}`), count: byStatus.get(status) ?? 0 }))}
          />
        </Suspense>
      </Panel>
      <Panel title={translate(prefectureCode ? 'sme.dashboard.byCounty' : 'sme.dashboard.byPrefecture', { year })}>
        <Suspense fallback={<LinearProgress aria-label={translate('ra.page.loading')} />}>
          <Bars label={translate('sme.dashboard.count')} data={regions.map((region) => ({ name: region.name, count: byRegion.get(region.code) ?? 0 }))} />
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
            <LinearProgress
              variant="determinate"
              value={total ? (submitted / total) * 100 : 0}
              aria-label={translate('sme.dashboard.submitted', { submitted, total })}
              sx={{ height: 8, borderRadius: 4, mt: 1 }}
            />
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
  const expiring = clusters.filter((cluster) => cluster.validUntil && cluster.validUntil <= limit);
  return (
    <Panel title={translate('sme.dashboard.expiring', { days: EXPIRY_WINDOW_DAYS })}>
      {expiring.length ? (
        <List dense component="nav">
          {expiring.map((cluster) => (
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

/** Today in the sweep's time zone, and whether this year's due day (10 March, inclusive) plus the grace days has passed. */
const useReportCalendar = () => {
  const { data: settings } = useGetOne<{ id: string; lifecycle?: LifecycleDates; jobs?: JobsConfig }>('settings', { id: 'current' });
  const lifecycle = settings?.lifecycle ?? shippedLifecycle;
  const timeZone = (settings?.jobs ?? shippedJobs).timeZone;
  const today = calendarDate(new Date(), timeZone);
  const year = Number(today.slice(0, 4));
  return { lifecycle, timeZone, today, year, late: today > annualReportDeadline(year, lifecycle) };
};

/**
 * Clusters in effect in the caller's region that owe the report due in `dueYear` (for `dueYear − 1`,
 * Art. 19) and have none filed on time: once that deadline has passed, exactly the ones the
 * annual-report sweep revokes (a late report does not cure, Art. 20 (三)).
 */
const useReportsOwed = (dueYear: number, enabled: boolean) => {
  const { lifecycle, timeZone } = useReportCalendar();
  const deadline = annualReportDeadline(dueYear, lifecycle);
  const { data: clusters = [] } = useGetList(
    'clusters',
    { filter: { status: IN_EFFECT_STATUSES }, sort: { field: 'name', order: 'ASC' }, pagination: ALL },
    { enabled },
  );
  const { data: reports = [] } = useGetList('annual-reports', { filter: { year: dueYear - 1, status: 'submitted' }, pagination: ALL }, { enabled });
  const reported = new Set(reports.filter((report) => filedOnTime(report.submittedAt, deadline, timeZone)).map((report) => report.clusterId));
  const owing = clusters.filter((cluster) => owesAnnualReport(cluster.recognizedAt, dueYear) && !reported.has(cluster.id));
  return { reportYear: dueYear - 1, deadline, owing: enabled ? owing : [] };
};

/** After the deadline: the clusters the sweep will revoke. Before it nothing is overdue, so the card is not shown. */
const OverdueAnnualReports = () => {
  const translate = useTranslate();
  const { year, late } = useReportCalendar();
  const { reportYear, owing: overdue } = useReportsOwed(year, late);
  if (!late) return null;
  return (
    <Panel title={translate('sme.dashboard.overdueReports', { year: reportYear })}>
      {overdue.length ? (
        <List dense component="nav">
          {overdue.map((cluster) => (
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

/** A count that opens the list it counts, with the same filter. */
const CountLink = ({ resource, filter, label }: { resource: string; filter: Record<string, unknown>; label: string }) => {
  const { total } = useGetList(resource, { filter, pagination: { page: 1, perPage: 1 } });
  return <CountItem to={`/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`} label={label} count={total} />;
};

const CountItem = ({ to, label, count }: { to: string; label: string; count: number | undefined }) => (
  <ListItem component={Link} to={to}>
    <ListItemText primary={label} />
    <Chip size="small" color={count ? 'primary' : 'default'} label={count ?? '…'} />
  </ListItem>
);

/** The next reports the city has to file (this year's due day, or next year's once it has passed): counted as the sweep will count them. */
const ReportsDue = () => {
  const translate = useTranslate();
  const { year, late } = useReportCalendar();
  const { reportYear, deadline, owing } = useReportsOwed(late ? year + 1 : year, true);
  return <CountItem to="/annual-reports/create" label={translate('sme.dashboard.todo.reportsDue', { year: reportYear, deadline })} count={owing.length} />;
};

/** What `GET /api/clusters/progress` answers: the province's counts, each computed by the server in one grouped query. */
interface Progress {
  target: number;
  inEffect: number;
  byPrefecture: Array<{ code: string; name: string; count: number }>;
  byYear: Array<{ year: number | null; count: number }>;
  pool: { candidates: Record<string, number>; cultivating: number };
  call: { id: string; year: number; title: string; applications: Record<string, number> } | null;
  cityReports: { year: number; deadline: string; overdue: Array<{ code: string; name: string }> };
}

const listOf = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const SubTitle = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle2" sx={{ mt: 2 }}>
    {children}
  </Typography>
);

/**
 * The province's progress toward its goal of recognized clusters (Art. 5; the target is a setting):
 * clusters in effect by prefecture and year of recognition, the cultivation pool behind them and the
 * current call's pipeline. Every count opens the list it counts.
 */
const ProvinceProgress = () => {
  const translate = useTranslate();
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    let current = true;
    httpClient(`${apiUrl}/clusters/progress`)
      .then(({ json }) => current && setProgress(json as Progress))
      .catch(() => current && setProgress(null));
    return () => {
      current = false;
    };
  }, []);
  if (!progress) return null;
  const inEffect = { status: IN_EFFECT_STATUSES };
  const summary = translate('sme.dashboard.progress.summary', { count: progress.inEffect, target: progress.target });
  return (
    <Panel title={translate('sme.dashboard.progress.title', { target: progress.target })}>
      <Typography component={Link} to={listOf('clusters', inEffect)}>
        {summary}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, (progress.inEffect / progress.target) * 100)}
        aria-label={summary}
        sx={{ height: 8, borderRadius: 4, mt: 1 }}
      />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4 }}>
        <Box sx={{ flex: '1 1 200px' }}>
          <SubTitle>{translate('sme.dashboard.progress.byPrefecture')}</SubTitle>
          <List dense component="nav" aria-label={translate('sme.dashboard.progress.byPrefecture')}>
            {progress.byPrefecture.map((row) => (
              <CountItem key={row.code} to={listOf('clusters', { ...inEffect, prefectureCode: row.code })} label={row.name} count={row.count} />
            ))}
          </List>
        </Box>
        <Box sx={{ flex: '1 1 200px' }}>
          <SubTitle>{translate('sme.dashboard.progress.byYear')}</SubTitle>
          <List dense component="nav" aria-label={translate('sme.dashboard.progress.byYear')}>
            {progress.byYear.map((row) =>
              row.year ? (
                <CountItem
                  key={row.year}
                  to={listOf('clusters', { ...inEffect, recognizedYear: row.year })}
                  label={translate('sme.dashboard.progress.year', { year: row.year })}
                  count={row.count}
                />
              ) : (
                <CountItem key="unknown" to={listOf('clusters', inEffect)} label={translate('sme.dashboard.progress.noYear')} count={row.count} />
              ),
            )}
          </List>
          <SubTitle>{translate('sme.dashboard.progress.pool')}</SubTitle>
          <List dense component="nav" aria-label={translate('sme.dashboard.progress.pool')}>
            <CountItem
              to={listOf('clusters', { status: 'cultivating' })}
              label={translate('sme.dashboard.progress.cultivating')}
              count={progress.pool.cultivating}
            />
            {POOL_CANDIDATE_STATUSES.map((status) => (
              <CountItem
                key={status}
                to={listOf('pool-candidates', { status })}
                label={translate('sme.dashboard.progress.candidates', { status: translate(`sme.status.${status}`) })}
                count={progress.pool.candidates[status] ?? 0}
              />
            ))}
          </List>
        </Box>
      </Box>
      <SubTitle>{translate('sme.dashboard.progress.cityReportsTitle')}</SubTitle>
      <List dense component="nav" aria-label={translate('sme.dashboard.progress.cityReportsTitle')}>
        <CountItem
          to={listOf('city-reports', { year: progress.cityReports.year })}
          label={translate('sme.dashboard.progress.cityReports', progress.cityReports)}
          count={progress.cityReports.overdue.length}
        />
      </List>
      {progress.cityReports.overdue.length > 0 && (
        <Typography variant="body2" color="error" sx={{ ml: 2 }}>
          {progress.cityReports.overdue.map((city) => city.name).join('、')}
        </Typography>
      )}
      <SubTitle>{progress.call ? progress.call.title : translate('sme.dashboard.noCall')}</SubTitle>
      {progress.call && (
        <List dense component="nav" aria-label={progress.call.title}>
          {APPLICATION_STATUSES.map((status) => (
            <CountItem
              key={status}
              to={listOf('applications', { callYear: progress.call!.year, status })}
              label={translate('sme.dashboard.progress.applications', { status: translate(`sme.status.${status}`) })}
              count={progress.call!.applications[status] ?? 0}
            />
          ))}
        </List>
      )}
    </Panel>
  );
};

/**
 * What waits on the signed-in user: applications in the states their role may move on (the
 * server's transition table), change filings at their step, reports due, assigned reviews.
 */
const ToDo = ({ user }: { user: ConsoleUser }) => {
  const translate = useTranslate();
  const filingStep = changeFilingStepOf(user.role);
  const may = (action: string, resource: string) => canAccess(user, { action, resource });
  return (
    <Panel title={translate('sme.dashboard.todo.title')}>
      <List dense component="nav">
        {may('list', 'applications') &&
          applicationStatesAwaiting(user.role).map((status) => (
            <CountLink
              key={status}
              resource="applications"
              filter={{ status }}
              label={translate('sme.dashboard.todo.applications', { status: translate(`sme.status.${status}`) })}
            />
          ))}
        {filingStep && may('list', 'change-filings') && (
          <CountLink
            resource="change-filings"
            filter={{ status: filingStep.from }}
            label={translate('sme.dashboard.todo.changeFilings', { step: translate(`sme.dashboard.todo.step.${filingStep.to}`) })}
          />
        )}
        {may('list', 'pool-candidates') &&
          statesAwaiting(poolCandidateLifecycle, user.role).map((status) => (
            <CountLink
              key={status}
              resource="pool-candidates"
              filter={{ status }}
              label={translate('sme.dashboard.todo.poolCandidates', { status: translate(`sme.status.${status}`) })}
            />
          ))}
        {may('create', 'annual-reports') && may('list', 'clusters') && <ReportsDue />}
        {user.role === 'expert' && may('list', 'expert-reviews') && (
          <CountLink resource="expert-reviews" filter={{}} label={translate('sme.dashboard.todo.assignments')} />
        )}
      </List>
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
        {user && <ToDo user={user} />}
        {user?.role === 'province_admin' && <ProvinceProgress />}
        {user && canAccess(user, { action: 'list', resource: 'applications' }) && <ApplicationPanels year={year} user={user} />}
        {canAccess(user, { action: 'list', resource: 'clusters' }) && <ExpiringClusters />}
        {canAccess(user, { action: 'list', resource: 'clusters' }) && canAccess(user, { action: 'list', resource: 'annual-reports' }) && (
          <OverdueAnnualReports />
        )}
      </Box>
    </Box>
  );
};
