import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface ReasonDialogProps {
  /** Names the dialog for assistive technology. */
  id: string;
  label: string;
  question: string;
  open: boolean;
  sending: boolean;
  /** A decision against someone carries its reason: confirming waits for one. */
  reasonRequired: boolean;
  comment: string;
  onComment(comment: string): void;
  /** False while something asked before the reason (a revocation's ground) is not given. */
  ready?: boolean;
  onClose(): void;
  onConfirm(): void;
  /** What is asked before the reason. */
  children?: ReactNode;
}

/** The confirm dialog of a decision: its question, what it needs, the reason or a comment, cancel and confirm. */
export const ReasonDialog = ({
  id,
  label,
  question,
  open,
  sending,
  reasonRequired,
  comment,
  onComment,
  ready = true,
  onClose,
  onConfirm,
  children,
}: ReasonDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={() => !sending && onClose()} fullWidth maxWidth="sm" aria-labelledby={id}>
      <DialogTitle id={id}>{label}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{question}</DialogContentText>
        {children}
        <TextField
          label={translate(reasonRequired ? 'sme.action.reason' : 'sme.action.comment')}
          value={comment}
          onChange={(event) => onComment(event.target.value)}
          required={reasonRequired}
          helperText={reasonRequired ? translate('sme.action.reasonRequired') : undefined}
          multiline
          minRows={3}
          fullWidth
          autoFocus
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={onConfirm} disabled={sending || !ready || (reasonRequired && !comment.trim())}>
          {translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
