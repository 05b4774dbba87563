import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router-dom';
import { apiUrl, httpClient } from '../httpClient';
import { canAccess } from '../permissions';
import { session } from '../session';

/** How often the count is asked again while the console stays on one screen. */
const REFRESH_MS = 60_000;

/** The caller's unread notices in the app bar, asked again on every screen change and every minute; a click opens them. */
export const UnreadNotifications = () => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);
  const allowed = canAccess(session.user(), { action: 'list', resource: 'notifications' });
  useEffect(() => {
    if (!allowed) return;
    let live = true;
    const ask = () =>
      httpClient(`${apiUrl}/notifications/unread-count`)
        .then(({ json }) => live && setUnread(Number((json as { unread: number }).unread)))
        .catch(() => undefined);
    ask();
    const timer = setInterval(ask, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [allowed, pathname]);
  if (!allowed) return null;
  const label = translate('resources.notifications.unread', { smart_count: unread });
  return (
    <Tooltip title={label}>
      <IconButton component={Link} to="/notifications" color="inherit" aria-label={label}>
        <Badge badgeContent={unread} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
