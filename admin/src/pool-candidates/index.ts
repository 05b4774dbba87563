import SpaIcon from '@mui/icons-material/Spa';
import { PoolCandidateCreate } from './PoolCandidateCreate';
import { PoolCandidateEdit } from './PoolCandidateEdit';
import { PoolCandidateList } from './PoolCandidateList';
import { PoolCandidateShow } from './PoolCandidateShow';

export default {
  list: PoolCandidateList,
  show: PoolCandidateShow,
  create: PoolCandidateCreate,
  edit: PoolCandidateEdit,
  icon: SpaIcon,
  recordRepresentation: 'name',
};
