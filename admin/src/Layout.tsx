import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Menu as RaMenu, TitlePortal } from 'react-admin';
import { UnreadNotifications } from './notifications/UnreadNotifications';
import { canAccess } from './permissions';
import { session } from './session';

/** The resources react-admin lists (each shown only when canAccess allows it), plus the province's ranking. */
const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItems />
    {/* The ranking reads every expert's sheets: whoever reads all expert reviews. */}
    {canAccess(session.user(), { action: 'list', resource: 'expert-reviews' }) && session.user()?.role !== 'expert' && (
      <RaMenu.Item to="/ranking" primaryText="sme.ranking.title" leftIcon={<LeaderboardIcon />} />
    )}
  </RaMenu>
);

/** The title, then the caller's unread notices beside react-admin's own buttons. */
const Bar = () => (
  <AppBar>
    <TitlePortal />
    <UnreadNotifications />
  </AppBar>
);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} appBar={Bar}>
    {children}
  </RaLayout>
);
