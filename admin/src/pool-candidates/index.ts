import SpaIcon from '@mui/icons-material/Spa';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./PoolCandidateList'),
    (m) => m.PoolCandidateList,
  ),
  show: lazyScreen(
    () => import('./PoolCandidateShow'),
    (m) => m.PoolCandidateShow,
  ),
  create: lazyScreen(
    () => import('./PoolCandidateCreate'),
    (m) => m.PoolCandidateCreate,
  ),
  edit: lazyScreen(
    () => import('./PoolCandidateEdit'),
    (m) => m.PoolCandidateEdit,
  ),
  icon: SpaIcon,
  recordRepresentation: 'name',
};
