import HistoryIcon from '@mui/icons-material/History';
import { AuditEventList } from './AuditEventList';

// Read-only: audit events are written by the server with every decision.
export default {
  list: AuditEventList,
  icon: HistoryIcon,
};
