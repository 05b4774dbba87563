import HistoryIcon from '@mui/icons-material/History';
import { lazyScreen } from '../common/lazyScreen';

// Read-only: audit events are written by the server with every decision.
export default {
  list: lazyScreen(
    () => import('./AuditEventList'),
    (m) => m.AuditEventList,
  ),
  icon: HistoryIcon,
};
