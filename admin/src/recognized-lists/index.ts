import ListAltIcon from '@mui/icons-material/ListAlt';
import { RecognizedListCreate } from './RecognizedListCreate';
import { RecognizedListEdit } from './RecognizedListEdit';
import { RecognizedListList } from './RecognizedListList';
import { RecognizedListShow } from './RecognizedListShow';

export default {
  list: RecognizedListList,
  show: RecognizedListShow,
  create: RecognizedListCreate,
  edit: RecognizedListEdit,
  icon: ListAltIcon,
  recordRepresentation: 'title',
};
