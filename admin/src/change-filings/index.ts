import ChangeCircleIcon from '@mui/icons-material/ChangeCircle';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./ChangeFilingList'),
    (m) => m.ChangeFilingList,
  ),
  show: lazyScreen(
    () => import('./ChangeFilingShow'),
    (m) => m.ChangeFilingShow,
  ),
  create: lazyScreen(
    () => import('./ChangeFilingCreate'),
    (m) => m.ChangeFilingCreate,
  ),
  icon: ChangeCircleIcon,
};
