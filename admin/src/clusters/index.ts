import FactoryIcon from '@mui/icons-material/Factory';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./ClusterList'),
    (m) => m.ClusterList,
  ),
  show: lazyScreen(
    () => import('./ClusterShow'),
    (m) => m.ClusterShow,
  ),
  edit: lazyScreen(
    () => import('./ClusterEdit'),
    (m) => m.ClusterEdit,
  ),
  create: lazyScreen(
    () => import('./ClusterCreate'),
    (m) => m.ClusterCreate,
  ),
  icon: FactoryIcon,
  recordRepresentation: 'name',
};
