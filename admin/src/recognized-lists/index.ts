import ListAltIcon from '@mui/icons-material/ListAlt';
import { RecognizedListCreate, RecognizedListEdit, RecognizedListList, RecognizedListShow } from './RecognizedListViews';

export default {
    list: RecognizedListList,
    show: RecognizedListShow,
    create: RecognizedListCreate,
    edit: RecognizedListEdit,
    icon: ListAltIcon,
    recordRepresentation: 'title',
};
