import AttachFileIcon from '@mui/icons-material/AttachFile';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, Chip, CircularProgress, Stack } from '@mui/material';
import type { FileRef } from '@sme-cluster/rules';
import { useState, type ChangeEvent } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { uploadFiles } from './uploadFiles';
import { downloadFile } from '../../common/download';

interface EvidenceFilesProps {
  files: FileRef[];
  onChange?: (files: FileRef[]) => void;
  /** Read-only: the files are listed, nothing can be added or removed. */
  readOnly?: boolean;
  /** Names the upload button for screen readers and tests, e.g. the ticked item's label. */
  label: string;
}

/** The evidence (佐证材料) of one field or ticked item: the uploaded files and an upload button. */
export const EvidenceFiles = ({ files, onChange, readOnly, label }: EvidenceFilesProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [uploading, setUploading] = useState(false);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (!chosen.length || !onChange) return;
    setUploading(true);
    try {
      onChange([...files, ...(await uploadFiles(chosen))]);
    } catch (error) {
      notify((error as Error).message || 'resources.applications.form.uploadFailed', { type: 'error' });
    } finally {
      setUploading(false);
    }
  };

  return (
    <Stack direction="row" flexWrap="wrap" gap={1} alignItems="center">
      {files.map((file) => (
        <Chip
          key={file.id}
          size="small"
          icon={<AttachFileIcon />}
          label={file.name ?? `#${file.id}`}
          // Files are private (GET /api/files/:id): fetched with the session's token, not linked.
          onClick={
            file.url
              ? () => downloadFile(file.url!, file.name ?? `file-${file.id}`).catch((error: Error) => notify(error.message, { type: 'error' }))
              : undefined
          }
          clickable={Boolean(file.url)}
          onDelete={readOnly || !onChange ? undefined : () => onChange(files.filter((f) => f.id !== file.id))}
        />
      ))}
      {!readOnly && (
        <Button
          component="label"
          size="small"
          variant="outlined"
          startIcon={uploading ? <CircularProgress size={14} /> : <UploadFileIcon />}
          disabled={uploading}
          aria-label={`${translate('resources.applications.form.upload')}：${label}`}
        >
          {translate('resources.applications.form.upload')}
          <Box component="input" type="file" multiple hidden onChange={upload} />
        </Button>
      )}
    </Stack>
  );
};
