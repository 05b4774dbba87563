import { Stack } from '@mui/material';
import { EditButton, useRecordContext, useTranslate } from 'react-admin';
import { POOL_CANDIDATE_EDITABLE_STATES, poolCandidateLifecycle, type PoolCandidateAction, type PoolCandidateStatus } from '@sme-cluster/rules';
import { ActionDialogButton } from '../common/ActionDialogButton';
import { canAccess } from '../permissions';
import { session } from '../session';

const NEGATIVE = new Set<PoolCandidateAction>(['returnCandidate', 'declineCandidate']);

/** The steps the caller may take on the candidate now (`allowedActions`), and its correction while the county may still make one. */
export const PoolCandidateActions = () => {
  const record = useRecordContext<{ id: string; name: string; status: PoolCandidateStatus; countyCode: string; allowedActions?: PoolCandidateAction[] }>();
  const translate = useTranslate();
  if (!record) return null;
  const editable = POOL_CANDIDATE_EDITABLE_STATES.includes(record.status) && canAccess(session.user(), { action: 'edit', resource: 'pool-candidates', record });
  if (!editable && !record.allowedActions?.length) return null;
  return (
    <Stack direction="row" gap={1} flexWrap="wrap">
      {editable && <EditButton variant="outlined" />}
      {record.allowedActions?.map((action) => {
        const label = translate(`resources.pool-candidates.actions.${action}`);
        return (
          <ActionDialogButton
            key={action}
            action={action}
            path={`pool-candidates/${record.id}/actions`}
            label={label}
            question={translate('sme.action.confirm', { action: label, name: record.name })}
            reasonRequired={Boolean(poolCandidateLifecycle.steps[action].reason)}
            negative={NEGATIVE.has(action)}
          />
        );
      })}
    </Stack>
  );
};
