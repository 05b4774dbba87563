import { Admin, Resource } from 'react-admin';
import { BrowserRouter } from 'react-router-dom';
import applications from './applications';
import { authProvider } from './authProvider';
import callNotices from './call-notices';
import clusters from './clusters';
import { Dashboard } from './Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { LoginPage } from './LoginPage';
import regions from './regions';

// Strapi serves the console at /console/ with an SPA fallback, so real paths
// (not react-admin's default hash router) survive a reload or a shared link.
export const App = () => (
    <BrowserRouter basename="/console">
        <Admin
            title="贵州省中小企业特色产业集群管理系统"
            dataProvider={dataProvider}
            authProvider={authProvider}
            i18nProvider={i18nProvider}
            loginPage={LoginPage}
            dashboard={Dashboard}
            requireAuth
            // A government back-office must not call third-party hosts.
            disableTelemetry
        >
            <Resource name="clusters" {...clusters} />
            <Resource name="applications" {...applications} />
            <Resource name="call-notices" {...callNotices} />
            <Resource name="regions" {...regions} />
        </Admin>
    </BrowserRouter>
);
