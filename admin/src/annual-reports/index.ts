import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./AnnualReportList'),
    (m) => m.AnnualReportList,
  ),
  show: lazyScreen(
    () => import('./AnnualReportShow'),
    (m) => m.AnnualReportShow,
  ),
  edit: lazyScreen(
    () => import('./AnnualReportEdit'),
    (m) => m.AnnualReportEdit,
  ),
  create: lazyScreen(
    () => import('./AnnualReportCreate'),
    (m) => m.AnnualReportCreate,
  ),
  icon: AssessmentIcon,
  recordRepresentation: 'clusterName',
};
