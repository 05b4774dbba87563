import { Box, Stack } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { applicationLifecycle, type ApplicationAction } from '@sme-cluster/rules';
import { ActionDialogButton } from '../common/ActionDialogButton';
import { OpenFieldLinks, type OpenField } from './form/OpenItems';

/** Decisions against the declarant, and withdrawing a national mark, carry their reason (the server refuses them without one). */
const reasonRequired = (action: string) => Boolean(applicationLifecycle.steps[action as ApplicationAction]?.reason);

/** One workflow action of an application: `POST /api/applications/:id/transitions`. */
export const TransitionButton = ({ action, onRefused }: { action: string; onRefused?: (error: unknown) => boolean }) => {
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
      reasonRequired={reasonRequired(action)}
      negative={reasonRequired(action)}
      onRefused={onRefused}
    />
  );
};

/** The fields a refused submission names (422 with `details.errors`), or undefined for any other refusal. */
export function refusedFields(error: unknown): OpenField[] | undefined {
  const { status, body } = error as { status?: number; body?: { error?: { details?: { errors?: OpenField[] } } } };
  const fields = body?.error?.details?.errors;
  return status === 422 && Array.isArray(fields) && fields.length ? fields : undefined;
}

/**
 * Only what the server says the caller may do now (role, region and state): `allowedActions`. A
 * refused submission lists the fields still open, each a link to its input.
 */
export const WorkflowActions = () => {
  const record = useRecordContext<{ id: string; allowedActions?: string[] }>();
  const [open, setOpen] = useState<OpenField[]>();
  const actions = record?.allowedActions ?? [];
  if (!record || !actions.length) return null;
  const onSubmitRefused = (error: unknown) => {
    const fields = refusedFields(error);
    setOpen(fields);
    return fields !== undefined;
  };
  return (
    <Box>
      <Stack direction="row" gap={1} flexWrap="wrap" data-testid="workflow-actions">
        {actions.map((action) => (
          <TransitionButton key={action} action={action} onRefused={action === 'submit' ? onSubmitRefused : undefined} />
        ))}
      </Stack>
      {open && <OpenFieldLinks applicationId={record.id} fields={open} />}
    </Box>
  );
};
