import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import annualReports from './annual-reports';
import applications from './applications';
import auditEvents from './audit-events';
import { authProvider } from './authProvider';
import callNotices from './call-notices';
import changeFilings from './change-filings';
import clusters from './clusters';
import { dataProvider } from './dataProvider';
import expertReviews from './expert-reviews';
import { i18nProvider } from './i18n';
import jobRuns from './job-runs';
import { Layout } from './Layout';
import { LoginPage } from './LoginPage';
import { theme } from './theme';
import { lazyScreen } from './common/lazyScreen';
import notifications from './notifications';
import poolCandidates from './pool-candidates';
import cityReports from './city-reports';
import recognizedLists from './recognized-lists';
import regions from './regions';
import revocationGrounds from './revocation-grounds';
import settings from './settings';

// Screens beyond the sign-in page load when first opened (see common/lazyScreen).
const Dashboard = lazyScreen(
  () => import('./Dashboard'),
  (m) => m.Dashboard,
);
const RankingPage = lazyScreen(
  () => import('./ranking/RankingPage'),
  (m) => m.RankingPage,
);
const TargetsBehindPage = lazyScreen(
  () => import('./targets/TargetsBehindPage'),
  (m) => m.TargetsBehindPage,
);
const RenewalDataEdit = lazyScreen(
  () => import('./clusters/RenewalDataEdit'),
  (m) => m.RenewalDataEdit,
);

// Strapi serves the console at /console/ with an SPA fallback, so real paths
// (not react-admin's default hash router) survive a reload or a shared link.
// The menu shows a resource only when canAccess (the role matrix row) allows listing it.
export const App = () => (
  <BrowserRouter basename="/console">
    <Admin
      title="贵州省中小企业特色产业集群管理系统"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      dashboard={Dashboard}
      layout={Layout}
      theme={theme}
      requireAuth
      // A government back-office must not call third-party hosts.
      disableTelemetry
    >
      <Resource name="applications" {...applications} />
      <Resource name="clusters" {...clusters} />
      <Resource name="annual-reports" {...annualReports} />
      <Resource name="call-notices" {...callNotices} />
      <Resource name="expert-reviews" {...expertReviews} />
      <Resource name="change-filings" {...changeFilings} />
      <Resource name="pool-candidates" {...poolCandidates} />
      <Resource name="city-reports" {...cityReports} />
      <Resource name="revocation-grounds" {...revocationGrounds} />
      <Resource name="recognized-lists" {...recognizedLists} />
      <Resource name="audit-events" {...auditEvents} />
      <Resource name="notifications" {...notifications} />
      <Resource name="job-runs" {...jobRuns} />
      <Resource name="regions" {...regions} />
      <Resource name="settings" {...settings} />
      <CustomRoutes>
        <Route path="/ranking" element={<RankingPage />} />
        <Route path="/targets-behind" element={<TargetsBehindPage />} />
        <Route path="/clusters/:id/renewal-data/*" element={<RenewalDataEdit />} />
      </CustomRoutes>
    </Admin>
  </BrowserRouter>
);
