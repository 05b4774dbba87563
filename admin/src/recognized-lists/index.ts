import ListAltIcon from '@mui/icons-material/ListAlt';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./RecognizedListList'),
    (m) => m.RecognizedListList,
  ),
  show: lazyScreen(
    () => import('./RecognizedListShow'),
    (m) => m.RecognizedListShow,
  ),
  create: lazyScreen(
    () => import('./RecognizedListCreate'),
    (m) => m.RecognizedListCreate,
  ),
  edit: lazyScreen(
    () => import('./RecognizedListEdit'),
    (m) => m.RecognizedListEdit,
  ),
  icon: ListAltIcon,
  recordRepresentation: 'title',
};
