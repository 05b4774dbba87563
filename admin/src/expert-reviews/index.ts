import RateReviewIcon from '@mui/icons-material/RateReview';
import { ExpertReviewList } from './ExpertReviewList';
import { ScoreSheet } from './ScoreSheet';

export default { list: ExpertReviewList, edit: ScoreSheet, icon: RateReviewIcon, recordRepresentation: 'clusterName' };
