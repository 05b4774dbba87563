import GavelIcon from '@mui/icons-material/Gavel';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./RevocationGroundList'),
    (m) => m.RevocationGroundList,
  ),
  show: lazyScreen(
    () => import('./RevocationGroundShow'),
    (m) => m.RevocationGroundShow,
  ),
  icon: GavelIcon,
};
