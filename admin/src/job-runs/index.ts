import ScheduleIcon from '@mui/icons-material/Schedule';
import { JobRunList } from './JobRunList';

export default { list: JobRunList, icon: ScheduleIcon };
