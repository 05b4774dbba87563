import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** 逾期 while owed past the due day, 逾期提交 when it came after it. */
export const LatenessChip = () => {
  const record = useRecordContext<{ overdue: boolean; late: boolean }>();
  const translate = useTranslate();
  if (!record?.overdue && !record?.late) return null;
  return <Chip size="small" color="error" label={translate(record.overdue ? 'resources.city-reports.overdue' : 'resources.city-reports.late')} />;
};
