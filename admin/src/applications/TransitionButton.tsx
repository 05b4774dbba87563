import { Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../common/ActionDialogButton';

/** Decisions against the declarant carry their reason (the server refuses them without one). */
const REASON_REQUIRED = new Set(['return', 'reject', 'raiseObjection']);

/** One workflow action of an application: `POST /api/applications/:id/transitions`. */
export const TransitionButton = ({ action }: { action: string }) => {
    const record = useRecordContext<{ id: string; clusterName?: string }>();
    const translate = useTranslate();
    if (!record) return null;
    const label = translate(`resources.applications.transitions.${action}`);
    return (
        <ActionDialogButton
            action={action}
            path={`applications/${record.id}/transitions`}
            label={label}
            question={translate('sme.action.confirm', { action: label, name: record.clusterName ?? '' })}
            reasonRequired={REASON_REQUIRED.has(action)}
            negative={REASON_REQUIRED.has(action)}
        />
    );
};

/** Only what the server says the caller may do now (role, region and state): `allowedActions`. */
export const WorkflowActions = () => {
    const record = useRecordContext<{ allowedActions?: string[] }>();
    const actions = record?.allowedActions ?? [];
    if (!actions.length) return null;
    return (
        <Stack direction="row" gap={1} flexWrap="wrap" data-testid="workflow-actions">
            {actions.map(action => (
                <TransitionButton key={action} action={action} />
            ))}
        </Stack>
    );
};
