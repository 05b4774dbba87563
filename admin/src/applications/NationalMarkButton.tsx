import FlagIcon from '@mui/icons-material/Flag';
import OutlinedFlagIcon from '@mui/icons-material/OutlinedFlag';
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { BatchRunDialog } from '../common/BatchRunDialog';
import { apiUrl } from '../httpClient';

type NationalAction = 'markNational' | 'unmarkNational';

/**
 * 拟推荐国家级 for the ticked rows (`selection`) or for every application the filter finds: each
 * one through its own transition, within the call's national quota; the summary names each
 * application refused and why (not recognized, already marked, quota used up …). Withdrawing
 * needs a reason, recorded on each one's audit event.
 */
export const NationalMarkButton = ({ action, selection = false }: { action: NationalAction; selection?: boolean }) => {
  const translate = useTranslate();
  const { filterValues = {}, selectedIds = [], total } = useListContext();
  const [comment, setComment] = useState('');
  const needsReason = action === 'unmarkNational';
  const key = `resources.applications.nationalMarks.${action}`;
  return (
    <BatchRunDialog
      label={`${key}.${selection ? 'selection' : 'filter'}`}
      icon={action === 'markNational' ? <FlagIcon /> : <OutlinedFlagIcon />}
      hint={translate(`${key}.hint`, { count: selection ? selectedIds.length : (total ?? 0) })}
      ready={!needsReason || comment.trim() !== ''}
      request={() => ({
        url: `${apiUrl}/applications/national-marks`,
        body: { action, comment, ...(selection ? { ids: selectedIds } : { filter: filterValues }) },
      })}
      countLabel={() => translate(`${key}.done`)}
    >
      {needsReason && (
        <TextField
          label={translate('resources.applications.nationalMarks.reason')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          required
          multiline
          minRows={2}
        />
      )}
    </BatchRunDialog>
  );
};
