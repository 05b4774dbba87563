import { Button } from '@mui/material';
import { useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { session } from '../session';

// The filing moves on one step per level (cms change-filing console): the city forwards, the province acknowledges.
const nextStep: Record<string, { from: string; to: string }> = {
    city_reviewer: { from: 'filed', to: 'forwarded' },
    province_admin: { from: 'forwarded', to: 'acknowledged' },
};

export const ProgressButton = () => {
    const record = useRecordContext<{ id: string; status: string }>();
    const translate = useTranslate();
    const [update, { isPending }] = useUpdate();
    const step = nextStep[session.user()?.role ?? ''];
    if (!record || !step || record.status !== step.from) return null;
    return (
        <Button
            size="small"
            variant="outlined"
            disabled={isPending}
            onClick={event => {
                event.stopPropagation();
                update('change-filings', { id: record.id, data: { status: step.to }, previousData: record }, { mutationMode: 'pessimistic' });
            }}
        >
            {translate(`resources.change-filings.actions.${step.to}`)}
        </Button>
    );
};
