import CampaignIcon from '@mui/icons-material/Campaign';
import { CallNoticeList } from './CallNoticeList';
import { CallNoticeShow } from './CallNoticeShow';

// Read-only until publishing a call notice is built.
export default {
    list: CallNoticeList,
    show: CallNoticeShow,
    icon: CampaignIcon,
    recordRepresentation: 'title',
};
