import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(
    () => import('./CityReportList'),
    (m) => m.CityReportList,
  ),
  show: lazyScreen(
    () => import('./CityReportShow'),
    (m) => m.CityReportShow,
  ),
  create: lazyScreen(
    () => import('./CityReportCreate'),
    (m) => m.CityReportCreate,
  ),
  edit: lazyScreen(
    () => import('./CityReportEdit'),
    (m) => m.CityReportEdit,
  ),
  icon: AssignmentIcon,
  recordRepresentation: (record: { year: number }) => `${record.year}年度报告`,
};
