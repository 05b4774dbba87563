import PlaceIcon from '@mui/icons-material/Place';
import { RegionList } from './RegionList';

// Read-only reference data (GB/T 2260), loaded by the server.
export default {
  list: RegionList,
  icon: PlaceIcon,
  recordRepresentation: 'name',
};
