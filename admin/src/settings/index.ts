import TuneIcon from '@mui/icons-material/Tune';
import { lazyScreen } from '../common/lazyScreen';

// A single type: its "list" is the one page of the settings in force (GET /api/console/settings/current).
export default {
  list: lazyScreen(
    () => import('./SettingsPage'),
    (m) => m.SettingsPage,
  ),
  icon: TuneIcon,
};
