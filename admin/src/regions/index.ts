import PlaceIcon from '@mui/icons-material/Place';
import { lazyScreen } from '../common/lazyScreen';

// Read-only reference data (GB/T 2260), loaded by the server.
export default {
  list: lazyScreen(
    () => import('./RegionList'),
    (m) => m.RegionList,
  ),
  icon: PlaceIcon,
  recordRepresentation: 'name',
};
