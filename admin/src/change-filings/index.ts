import ChangeCircleIcon from '@mui/icons-material/ChangeCircle';
import { ChangeFilingCreate } from './ChangeFilingCreate';
import { ChangeFilingList } from './ChangeFilingList';
import { ChangeFilingShow } from './ChangeFilingShow';

export default { list: ChangeFilingList, show: ChangeFilingShow, create: ChangeFilingCreate, icon: ChangeCircleIcon };
