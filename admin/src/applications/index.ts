import AssignmentIcon from '@mui/icons-material/Assignment';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';

// Read-only until the application form and review workflow land.
export default {
    list: ApplicationList,
    show: ApplicationShow,
    icon: AssignmentIcon,
    recordRepresentation: 'clusterName',
};
