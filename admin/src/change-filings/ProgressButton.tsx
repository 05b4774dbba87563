import { Button } from '@mui/material';
import { useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { CHANGE_FILING_STEPS } from '@sme-cluster/rules';
import { session } from '../session';

export const ProgressButton = () => {
    const record = useRecordContext<{ id: string; status: string }>();
    const translate = useTranslate();
    const [update, { isPending }] = useUpdate();
    const role = session.user()?.role;
    const step = role && CHANGE_FILING_STEPS[role];
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
