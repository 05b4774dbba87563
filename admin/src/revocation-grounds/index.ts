import GavelIcon from '@mui/icons-material/Gavel';
import { RevocationGroundList } from './RevocationGroundList';
import { RevocationGroundShow } from './RevocationGroundShow';

export default { list: RevocationGroundList, show: RevocationGroundShow, icon: GavelIcon };
