import FactCheckIcon from '@mui/icons-material/FactCheck';
import { useListContext, useTranslate } from 'react-admin';
import { BatchRunDialog } from '../common/BatchRunDialog';
import { apiUrl } from '../httpClient';
import { canAccess } from '../permissions';
import { session } from '../session';

/**
 * 重新评估筛选结果: the rules engine runs again on every application the list's filter finds (every
 * page, not only the one shown), as after a change of thresholds; the summary counts each verdict
 * and names the applications left as they were, and why.
 */
export const EvaluateAllButton = () => {
  const translate = useTranslate();
  const { filterValues = {}, total } = useListContext();
  if (!canAccess(session.user(), { action: 'transition', resource: 'applications' })) return null;
  return (
    <BatchRunDialog
      label="resources.applications.evaluateAll.action"
      icon={<FactCheckIcon />}
      hint={translate('resources.applications.evaluateAll.hint', { count: total ?? 0 })}
      request={() => ({ url: `${apiUrl}/applications/evaluations`, body: { filter: filterValues } })}
      countLabel={(verdict) => translate(`sme.verdict.${verdict}`)}
    />
  );
};
