import TuneIcon from '@mui/icons-material/Tune';
import { SettingsPage } from './SettingsPage';

// A single type: its "list" is the one page of the settings in force (GET /api/console/settings/current).
export default { list: SettingsPage, icon: TuneIcon };
