import CampaignIcon from '@mui/icons-material/Campaign';
import { CallNoticeCreate } from './CallNoticeCreate';
import { CallNoticeEdit } from './CallNoticeEdit';
import { CallNoticeList } from './CallNoticeList';
import { CallNoticeShow } from './CallNoticeShow';

// Writable only for the province (the role matrix); others see the notices.
export default {
  list: CallNoticeList,
  show: CallNoticeShow,
  create: CallNoticeCreate,
  edit: CallNoticeEdit,
  icon: CampaignIcon,
  recordRepresentation: 'title',
};
