import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { errorNotice } from '../common/serverMessage';
import { apiUrl, httpClient } from '../httpClient';

/** Decisions against the declarant carry their reason (the server refuses them without one). */
export const REASON_REQUIRED = new Set(['return', 'reject', 'raiseObjection']);

const NEGATIVE = new Set(['return', 'reject', 'raiseObjection']);

/** One workflow action: a confirm dialog with a comment, then `POST /api/applications/:id/transitions`. */
export const TransitionButton = ({ action }: { action: string }) => {
    const record = useRecordContext<{ id: string; version?: number; clusterName?: string }>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [locale] = useLocaleState();
    const [open, setOpen] = useState(false);
    const [comment, setComment] = useState('');
    const [sending, setSending] = useState(false);
    if (!record) return null;
    const reasonRequired = REASON_REQUIRED.has(action);
    const missingReason = reasonRequired && !comment.trim();
    const label = translate(`resources.applications.transitions.${action}`);

    const confirm = async () => {
        setSending(true);
        try {
            await httpClient(`${apiUrl}/applications/${record.id}/transitions`, {
                method: 'POST',
                body: JSON.stringify({ action, comment: comment.trim(), version: record.version }),
            });
            notify('resources.applications.notifications.transitioned', { type: 'success', messageParams: { action: label } });
            setOpen(false);
            setComment('');
            refresh();
        } catch (error) {
            const status = (error as { status?: number }).status;
            notify(status === 409 ? 'resources.applications.notifications.stale' : errorNotice(error, locale) ?? 'ra.notification.http_error', {
                type: 'error',
                autoHideDuration: 10000,
            });
        } finally {
            setSending(false);
        }
    };

    return (
        <>
            <Button variant={NEGATIVE.has(action) ? 'outlined' : 'contained'} color={NEGATIVE.has(action) ? 'warning' : 'primary'} onClick={() => setOpen(true)}>
                {label}
            </Button>
            <Dialog open={open} onClose={() => !sending && setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={`transition-${action}`}>
                <DialogTitle id={`transition-${action}`}>{label}</DialogTitle>
                <DialogContent>
                    <DialogContentText sx={{ mb: 2 }}>
                        {translate('resources.applications.transitions.confirm', { action: label, name: record.clusterName ?? '' })}
                    </DialogContentText>
                    <TextField
                        label={translate(reasonRequired ? 'resources.applications.transitions.reason' : 'resources.applications.transitions.comment')}
                        value={comment}
                        onChange={event => setComment(event.target.value)}
                        required={reasonRequired}
                        error={missingReason && comment.length > 0}
                        helperText={reasonRequired ? translate('resources.applications.transitions.reasonRequired') : undefined}
                        multiline
                        minRows={3}
                        fullWidth
                        autoFocus
                    />
                </DialogContent>
                <DialogActions>
                    <Button onClick={() => setOpen(false)} disabled={sending}>
                        {translate('ra.action.cancel')}
                    </Button>
                    <Button variant="contained" onClick={confirm} disabled={sending || missingReason}>
                        {translate('ra.action.confirm')}
                    </Button>
                </DialogActions>
            </Dialog>
        </>
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
