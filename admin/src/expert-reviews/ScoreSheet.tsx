import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
    Edit,
    NumberInput,
    RadioButtonGroupInput,
    SaveButton,
    SimpleForm,
    TextInput,
    Toolbar,
    maxValue,
    minValue,
    useLocaleState,
    useNotify,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { errorNotice } from '../common/serverMessage';
import { choicesOf } from '../domain';

/** One weighted criterion of the call's scoring scheme (call notice → scoringScheme). */
export interface Criterion {
    key: string;
    name: string;
    weight: number;
    maxScore: number;
}

interface ScoreSheetRecord {
    id: string;
    clusterName: string | null;
    conflictOfInterest: 'undeclared' | 'none' | 'conflicted';
    scores: { criterionKey: string; score: number | null; comment: string }[];
    submitted: boolean;
    criteria?: Criterion[];
}

/** Every criterion in scheme order, with what the expert already saved for it. */
const withCriteria = (record: ScoreSheetRecord) => ({
    ...record,
    scores: (record.criteria ?? []).map(criterion => ({
        criterionKey: criterion.key,
        score: record.scores.find(score => score.criterionKey === criterion.key)?.score ?? null,
        comment: record.scores.find(score => score.criterionKey === criterion.key)?.comment ?? '',
    })),
});

const Criteria = ({ criteria, readOnly }: { criteria: Criterion[]; readOnly: boolean }) => {
    const translate = useTranslate();
    return (
        <Table size="small" aria-label={translate('resources.expert-reviews.sheet')}>
            <TableHead>
                <TableRow>
                    <TableCell>{translate('resources.expert-reviews.criterion')}</TableCell>
                    <TableCell>{translate('resources.expert-reviews.weight')}</TableCell>
                    <TableCell>{translate('resources.expert-reviews.score')}</TableCell>
                    <TableCell>{translate('resources.expert-reviews.comment')}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {criteria.map((criterion, index) => (
                    <TableRow key={criterion.key}>
                        <TableCell>{criterion.name}</TableCell>
                        <TableCell>{criterion.weight}</TableCell>
                        <TableCell>
                            <NumberInput
                                source={`scores.${index}.score`}
                                label={false}
                                readOnly={readOnly}
                                validate={[minValue(0), maxValue(criterion.maxScore)]}
                                helperText={translate('resources.expert-reviews.max', { max: criterion.maxScore })}
                                sx={{ width: 140 }}
                            />
                        </TableCell>
                        <TableCell sx={{ minWidth: 280 }}>
                            <TextInput source={`scores.${index}.comment`} label={false} readOnly={readOnly} multiline fullWidth helperText={false} />
                        </TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};

/** Submitting is final: the same save, with `submit: true`. */
const SubmitButton = () => {
    const { setValue } = useFormContext();
    return <SaveButton label="resources.expert-reviews.submit" variant="outlined" sx={{ ml: 2 }} onClick={() => setValue('submit', true)} type="submit" alwaysEnable />;
};

const SheetBody = () => {
    const record = useRecordContext<ScoreSheetRecord>();
    const translate = useTranslate();
    const declaration = useWatch({ name: 'conflictOfInterest' });
    if (!record) return null;
    const readOnly = record.submitted || record.conflictOfInterest === 'conflicted';
    const criteria = record.criteria ?? [];
    return (
        <Box sx={{ width: '100%' }}>
            <Typography variant="h6" gutterBottom>
                {record.clusterName}
            </Typography>
            {record.submitted && <Alert severity="info">{translate('resources.expert-reviews.submittedNotice')}</Alert>}
            <Typography variant="subtitle1" sx={{ mt: 2 }}>
                {translate('resources.expert-reviews.step1')}
            </Typography>
            <RadioButtonGroupInput
                source="conflictOfInterest"
                label={false}
                choices={choicesOf('conflict', ['none', 'conflicted'])}
                readOnly={record.conflictOfInterest !== 'undeclared'}
            />
            {declaration === 'none' && (
                <>
                    <Typography variant="subtitle1">{translate('resources.expert-reviews.step2')}</Typography>
                    {criteria.length ? <Criteria criteria={criteria} readOnly={readOnly} /> : <Alert severity="warning">{translate('resources.expert-reviews.noCriteria')}</Alert>}
                </>
            )}
            {declaration === 'conflicted' && <Alert severity="warning">{translate('resources.expert-reviews.conflicted')}</Alert>}
        </Box>
    );
};

const SheetToolbar = () => {
    const record = useRecordContext<ScoreSheetRecord>();
    if (!record || record.submitted || record.conflictOfInterest === 'conflicted') return null;
    return (
        <Toolbar>
            <Stack direction="row">
                <SaveButton label="resources.expert-reviews.save" />
                {record.conflictOfInterest === 'none' && <SubmitButton />}
            </Stack>
        </Toolbar>
    );
};

/** The expert's score sheet: declare any conflict of interest first, then score each criterion with a comment, submit once. */
export const ScoreSheet = () => {
    const notify = useNotify();
    const [locale] = useLocaleState();
    return (
        <Edit<ScoreSheetRecord>
            mutationMode="pessimistic"
            redirect={false}
            queryOptions={{ select: withCriteria }}
            transform={(data: ScoreSheetRecord & { submit?: boolean }) => ({
                conflictOfInterest: data.conflictOfInterest === 'undeclared' ? undefined : data.conflictOfInterest,
                ...(data.conflictOfInterest === 'none' ? { scores: data.scores.filter(score => score.score !== null) } : {}),
                ...(data.submit ? { submit: true } : {}),
            })}
            mutationOptions={{
                onSuccess: () => notify('resources.expert-reviews.saved', { type: 'success' }),
                onError: error => {
                    const message = errorNotice(error, locale);
                    if (message) notify(message, { type: 'error' });
                },
            }}
        >
            <SimpleForm toolbar={<SheetToolbar />}>
                <SheetBody />
            </SimpleForm>
        </Edit>
    );
};
