import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./NotificationList'),
    (m) => m.NotificationList,
  ),
  icon: NotificationsIcon,
};
