import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { daysBetween, dueDateText, sheetOpen, todayInShanghai } from '@sme-cluster/rules';
import type { ScoreSheetRecord } from './scoreSheetModel';

/** How a sheet's due date reads today (dates in China): 剩余 N 天, 今日截止, 已逾期 N 天. */
export function timeLeftText(dueOn: string, locale: string): string {
  const text = dueDateText(todayInShanghai(), dueOn);
  return locale.startsWith('zh') ? text.zh : text.en;
}

/**
 * The time left on an open sheet, overdue in red and the last two days in amber; nothing for a
 * sheet without a due date or one that is done (submitted, or ended by a conflict).
 */
export const TimeLeft = () => {
  const record = useRecordContext<ScoreSheetRecord>();
  const [locale] = useLocaleState();
  if (!record?.dueOn || !sheetOpen(record)) return <>—</>;
  const days = daysBetween(todayInShanghai(), record.dueOn);
  return (
    <Typography
      variant="body2"
      component="span"
      data-testid="time-left"
      sx={{ color: days < 0 ? 'error.main' : days <= 2 ? 'warning.dark' : undefined, fontWeight: days <= 2 ? 600 : undefined }}
    >
      {timeLeftText(record.dueOn, locale)}
    </Typography>
  );
};
