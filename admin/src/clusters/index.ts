import FactoryIcon from '@mui/icons-material/Factory';
import { ClusterCreate } from './ClusterCreate';
import { ClusterEdit } from './ClusterEdit';
import { ClusterList } from './ClusterList';
import { ClusterShow } from './ClusterShow';

export default {
  list: ClusterList,
  show: ClusterShow,
  edit: ClusterEdit,
  create: ClusterCreate,
  icon: FactoryIcon,
  recordRepresentation: 'name',
};
