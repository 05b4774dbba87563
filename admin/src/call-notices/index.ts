import CampaignIcon from '@mui/icons-material/Campaign';
import { lazyScreen } from '../common/lazyScreen';

// Writable only for the province (the role matrix); others see the notices.
export default {
  list: lazyScreen(
    () => import('./CallNoticeList'),
    (m) => m.CallNoticeList,
  ),
  show: lazyScreen(
    () => import('./CallNoticeShow'),
    (m) => m.CallNoticeShow,
  ),
  create: lazyScreen(
    () => import('./CallNoticeCreate'),
    (m) => m.CallNoticeCreate,
  ),
  edit: lazyScreen(
    () => import('./CallNoticeEdit'),
    (m) => m.CallNoticeEdit,
  ),
  icon: CampaignIcon,
  recordRepresentation: 'title',
};
