import { Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../common/ActionDialogButton';
import { revocationGroundChoices } from './clusterChoices';

// The server refuses a revocation or a denied re-review without its reason.
const REASON_REQUIRED = new Set(['revoke', 'denyRenewal']);

/** The cluster's lifecycle actions the caller may take now (`allowedActions`): `POST /api/clusters/:id/actions`. */
export const ClusterActions = () => {
    const record = useRecordContext<{ id: string; name?: string; allowedActions?: string[] }>();
    const translate = useTranslate();
    if (!record?.allowedActions?.length) return null;
    return (
        <Stack direction="row" gap={1} flexWrap="wrap">
            {record.allowedActions.map(action => {
                const label = translate(`resources.clusters.actions.${action}`);
                return (
                    <ActionDialogButton
                        key={action}
                        action={action}
                        path={`clusters/${record.id}/actions`}
                        label={label}
                        question={translate('sme.action.confirm', { action: label, name: record.name ?? '' })}
                        reasonRequired={REASON_REQUIRED.has(action)}
                        negative={REASON_REQUIRED.has(action)}
                        grounds={action === 'revoke' ? revocationGroundChoices : undefined}
                    />
                );
            })}
        </Stack>
    );
};
