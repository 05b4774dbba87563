import ScheduleIcon from '@mui/icons-material/Schedule';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./JobRunList'),
    (m) => m.JobRunList,
  ),
  icon: ScheduleIcon,
};
