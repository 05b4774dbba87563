import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import TrendingDownIcon from '@mui/icons-material/TrendingDown';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Menu as RaMenu, TitlePortal, UserMenu, useGetIdentity } from 'react-admin';
import { UnreadNotifications } from './notifications/UnreadNotifications';
import { canAccess } from './permissions';
import { session } from './session';

/** The resources react-admin lists (each shown only when canAccess allows it), plus the province's ranking and the clusters behind their plan. */
const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItems />
    {/* The ranking reads every expert's sheets: whoever reads all expert reviews. */}
    {canAccess(session.user(), { action: 'list', resource: 'expert-reviews' }) && session.user()?.role !== 'expert' && (
      <RaMenu.Item to="/ranking" primaryText="sme.ranking.title" leftIcon={<LeaderboardIcon />} />
    )}
    {/* Clusters behind their plan: whoever reads clusters, each in its own region. */}
    {canAccess(session.user(), { action: 'list', resource: 'clusters' }) && (
      <RaMenu.Item to="/targets-behind" primaryText="sme.targets.behindTitle" leftIcon={<TrendingDownIcon />} />
    )}
  </RaMenu>
);

/** The user's menu is named by what it shows, the signed-in official, so a screen reader says the same. */
const NamedUserMenu = () => {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'} />;
};

/** The title, then the caller's unread notices beside react-admin's own buttons. */
const Bar = () => (
  <AppBar userMenu={<NamedUserMenu />}>
    <TitlePortal />
    <UnreadNotifications />
  </AppBar>
);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} appBar={Bar}>
    {children}
  </RaLayout>
);
