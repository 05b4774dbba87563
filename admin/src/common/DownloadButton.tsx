import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { downloadFile } from './download';
import { useServerAction } from './useServerAction';

/** A button that downloads a generated document; `url` is computed at click time (e.g. from the list's filter). */
export const DownloadButton = ({ label, url, fileName }: { label: string; url: () => string; fileName: string }) => {
  const translate = useTranslate();
  const { pending, attempt } = useServerAction();
  const download = () => attempt(() => downloadFile(url(), fileName));
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={download} disabled={pending}>
      {translate(label)}
    </Button>
  );
};
