import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { downloadFile } from './download';
import { errorNotice } from './serverMessage';

/** A button that downloads a generated document; `url` is computed at click time (e.g. from the list's filter). */
export const DownloadButton = ({ label, url, fileName }: { label: string; url: () => string; fileName: string }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [locale] = useLocaleState();
    const [pending, setPending] = useState(false);
    const download = async () => {
        setPending(true);
        try {
            await downloadFile(url(), fileName);
        } catch (error) {
            notify(errorNotice(error, locale) ?? 'ra.notification.http_error', { type: 'error' });
        } finally {
            setPending(false);
        }
    };
    return (
        <Button size="small" startIcon={<DownloadIcon />} onClick={download} disabled={pending}>
            {translate(label)}
        </Button>
    );
};
