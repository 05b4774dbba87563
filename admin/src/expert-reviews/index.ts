import RateReviewIcon from '@mui/icons-material/RateReview';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./ExpertReviewList'),
    (m) => m.ExpertReviewList,
  ),
  edit: lazyScreen(
    () => import('./ScoreSheet'),
    (m) => m.ScoreSheet,
  ),
  icon: RateReviewIcon,
  recordRepresentation: 'clusterName',
};
