import PublishIcon from '@mui/icons-material/Publish';
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import { Button } from '@mui/material';
import { useState } from 'react';
import {
    ArrayField,
    ChipField,
    EditButton,
    NumberField,
    Show,
    SimpleShowLayout,
    SingleFieldList,
    TextField,
    TopToolbar,
    useLocaleState,
    useNotify,
    useRecordContext,
    useRefresh,
    useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { errorNotice } from '../common/serverMessage';
import { apiUrl, httpClient } from '../httpClient';
import { canAccess } from '../permissions';
import { session } from '../session';

/** Publishing makes the list public (draft & publish); unpublishing takes it back. */
const PublishButton = () => {
    const record = useRecordContext<{ id: string; publishedAt: string | null }>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [locale] = useLocaleState();
    const [pending, setPending] = useState(false);
    if (!record || !canAccess(session.user(), { action: 'edit', resource: 'recognized-lists' })) return null;
    const action = record.publishedAt ? 'unpublish' : 'publish';
    const run = async () => {
        setPending(true);
        try {
            await httpClient(`${apiUrl}/console/recognized-lists/${record.id}/${action}`, { method: 'POST', body: '{}' });
            notify(`resources.recognized-lists.${action}ed`, { type: 'success' });
            refresh();
        } catch (error) {
            notify(errorNotice(error, locale) ?? 'ra.notification.http_error', { type: 'error' });
        } finally {
            setPending(false);
        }
    };
    return (
        <Button onClick={run} disabled={pending} startIcon={action === 'publish' ? <PublishIcon /> : <UnpublishedIcon />}>
            {translate(`resources.recognized-lists.${action}`)}
        </Button>
    );
};

export const RecognizedListShow = () => (
    <Show
        actions={
            <TopToolbar>
                <PublishButton />
                {canAccess(session.user(), { action: 'edit', resource: 'recognized-lists' }) && <EditButton />}
            </TopToolbar>
        }
    >
        <SimpleShowLayout>
            <NumberField source="year" options={{ useGrouping: false }} />
            <TextField source="title" />
            <TextField source="documentNumber" />
            <DateField source="issuedOn" />
            <DateField source="publishedAt" showTime emptyText="—" />
            <ArrayField source="clusters">
                <SingleFieldList linkType={false}>
                    <ChipField source="name" size="small" />
                </SingleFieldList>
            </ArrayField>
        </SimpleShowLayout>
    </Show>
);
