import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./ApplicationList'),
    (m) => m.ApplicationList,
  ),
  show: lazyScreen(
    () => import('./ApplicationShow'),
    (m) => m.ApplicationShow,
  ),
  edit: lazyScreen(
    () => import('./ApplicationEdit'),
    (m) => m.ApplicationEdit,
  ),
  create: lazyScreen(
    () => import('./ApplicationCreate'),
    (m) => m.ApplicationCreate,
  ),
  icon: AssignmentIcon,
  recordRepresentation: 'clusterName',
};
