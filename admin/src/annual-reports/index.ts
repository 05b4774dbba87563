import AssessmentIcon from '@mui/icons-material/Assessment';
import { AnnualReportCreate } from './AnnualReportCreate';
import { AnnualReportEdit } from './AnnualReportEdit';
import { AnnualReportList } from './AnnualReportList';
import { AnnualReportShow } from './AnnualReportShow';

export default {
  list: AnnualReportList,
  show: AnnualReportShow,
  edit: AnnualReportEdit,
  create: AnnualReportCreate,
  icon: AssessmentIcon,
  recordRepresentation: 'clusterName',
};
