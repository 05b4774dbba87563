import { Button, Stack } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { clusterLifecycle, type ClusterAction } from '@sme-cluster/rules';
import { ActionDialogButton } from '../common/ActionDialogButton';
import { revocationGroundChoices } from './clusterChoices';

/** Actions whose step carries a reason (a revocation, a denied or returned re-review, the city's opinion); the server refuses them without one. */
const reasonRequired = (action: string) => Boolean(clusterLifecycle.steps[action as ClusterAction]?.reason);
/** Decisions against the cluster; forwarding with an opinion is not one. */
const NEGATIVE = new Set<string>(['revoke', 'denyRenewal', 'returnRenewal']);

/** The cluster's lifecycle actions the caller may take now (`allowedActions`): `POST /api/clusters/:id/actions`. */
export const ClusterActions = () => {
  const record = useRecordContext<{ id: string; name?: string; allowedActions?: string[] }>();
  const translate = useTranslate();
  if (!record?.allowedActions?.length) return null;
  return (
    <Stack direction="row" gap={1} flexWrap="wrap">
      {record.allowedActions.map((action) => {
        const label = translate(`resources.clusters.actions.${action}`);
        // Correcting the re-review data is a page of its own, the application form's tabs.
        if (action === 'amendRenewal') {
          return (
            <Button key={action} component={Link} to={`/clusters/${record.id}/renewal-data`} variant="outlined" startIcon={<EditNoteIcon />}>
              {label}
            </Button>
          );
        }
        return (
          <ActionDialogButton
            key={action}
            action={action}
            path={`clusters/${record.id}/actions`}
            label={label}
            question={translate('sme.action.confirm', { action: label, name: record.name ?? '' })}
            reasonRequired={reasonRequired(action)}
            negative={NEGATIVE.has(action)}
            grounds={action === 'revoke' ? revocationGroundChoices : undefined}
          />
        );
      })}
    </Stack>
  );
};
