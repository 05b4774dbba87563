import { Alert, Box, Stack, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  Edit,
  Link,
  RadioButtonGroupInput,
  SaveButton,
  SimpleForm,
  Toolbar,
  useLocaleState,
  useNotify,
  useRecordContext,
  useCreatePath,
  useTranslate,
} from 'react-admin';
import { errorNotice } from '../common/serverMessage';
import { choicesOf } from '../domain';
import { canAccess } from '../permissions';
import { sheetOpen } from '@sme-cluster/rules';
import { session } from '../session';
import { CriteriaTable } from './CriteriaTable';
import { SubmitSheetButton } from './SubmitSheetButton';
import { withCriteria, type ScoreSheetRecord } from './scoreSheetModel';

/**
 * A submitted sheet is on record, a conflicted one ends at the declaration: neither changes again.
 * Only its expert writes a sheet (the province, which may open any, reads it).
 */
const closed = (record: ScoreSheetRecord) => !sheetOpen(record) || !canAccess(session.user(), { action: 'edit', resource: 'expert-reviews' });

const SheetBody = () => {
  const record = useRecordContext<ScoreSheetRecord>();
  const translate = useTranslate();
  const declaration = useWatch({ name: 'conflictOfInterest' });
  const createPath = useCreatePath();
  if (!record) return null;
  const criteria = record.criteria ?? [];
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="h6" gutterBottom>
        {/* The form opens to its expert once it has declared no conflict (the server refuses it before). */}
        {record.applicationId && record.conflictOfInterest === 'none' ? (
          <Link
            to={createPath({ resource: 'applications', id: record.applicationId, type: 'show' })}
            title={translate('resources.expert-reviews.openApplication')}
          >
            {record.clusterName}
          </Link>
        ) : (
          record.clusterName
        )}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.expert-reviews.placeOfApplication', { place: [record.prefectureName, record.countyName].filter(Boolean).join(' ') || '—' })}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('resources.expert-reviews.organizations', { declarant: record.declarantName || '—', operator: record.operatorName || '—' })}
      </Typography>
      {record.dueOn && !record.submitted && (
        <Typography variant="body2" gutterBottom>
          {translate('resources.expert-reviews.dueBy', { date: record.dueOn })}
        </Typography>
      )}
      {record.conflictOverride && (
        <Alert severity="warning">{translate('resources.expert-reviews.conflictOverride', { reason: record.conflictOverride })}</Alert>
      )}
      {record.conflictOfInterest === 'undeclared' && <Alert severity="info">{translate('resources.expert-reviews.declareFirst')}</Alert>}
      {record.submitted && <Alert severity="info">{translate('resources.expert-reviews.submittedNotice')}</Alert>}
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('resources.expert-reviews.step1')}
      </Typography>
      {/* Declared once: the server refuses to change a declaration. */}
      <RadioButtonGroupInput
        source="conflictOfInterest"
        label={false}
        choices={choicesOf('conflict', ['none', 'conflicted'])}
        readOnly={record.conflictOfInterest !== 'undeclared' || closed(record)}
      />
      {declaration === 'none' && (
        <>
          <Typography variant="subtitle1">{translate('resources.expert-reviews.step2')}</Typography>
          {criteria.length ? (
            <CriteriaTable criteria={criteria} readOnly={closed(record)} />
          ) : (
            <Alert severity="warning">{translate('resources.expert-reviews.noCriteria')}</Alert>
          )}
        </>
      )}
      {declaration === 'conflicted' && <Alert severity="warning">{translate('resources.expert-reviews.conflicted')}</Alert>}
    </Box>
  );
};

/** Save (a declaration, or scores as a draft) and, once no conflict is declared, submit. */
const SheetToolbar = () => {
  const record = useRecordContext<ScoreSheetRecord>();
  const translate = useTranslate();
  const declaration = useWatch({ name: 'conflictOfInterest' });
  if (!record || closed(record)) return null;
  return (
    <Toolbar>
      <Stack direction="row" alignItems="center">
        <SaveButton label={declaration === 'conflicted' ? 'resources.expert-reviews.declare' : 'resources.expert-reviews.save'} />
        {declaration === 'none' && <SubmitSheetButton />}
        {declaration === 'none' && (
          <Typography variant="caption" color="text.secondary" sx={{ ml: 2 }}>
            {translate('resources.expert-reviews.submitHint')}
          </Typography>
        )}
      </Stack>
    </Toolbar>
  );
};

/** The form of the sheet, declaration first; the edit view and its test render it. */
export const ScoreSheetForm = () => (
  // Checked as typed, so an expert sees a score out of range before saving.
  <SimpleForm toolbar={<SheetToolbar />} mode="onChange" reValidateMode="onChange">
    <SheetBody />
  </SimpleForm>
);

/**
 * The expert's score sheet: declare any conflict of interest first (a conflict ends the sheet),
 * then score each criterion with a comment, submit once. The server sends an expert only its own
 * sheets, so no other expert's scores can show here.
 */
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
        ...(data.conflictOfInterest === 'none'
          ? {
              scores: data.scores
                .filter((score) => score.score !== null && score.score !== undefined)
                .map((score) => ({ ...score, score: Number(score.score) })),
            }
          : {}),
        ...(data.submit ? { submit: true } : {}),
      })}
      mutationOptions={{
        onSuccess: (_data, variables) =>
          notify((variables as { data?: { submit?: boolean } }).data?.submit ? 'resources.expert-reviews.submittedDone' : 'resources.expert-reviews.saved', {
            type: 'success',
          }),
        onError: (error) => {
          const message = errorNotice(error, locale);
          if (message) notify(message, { type: 'error' });
        },
      }}
    >
      <ScoreSheetForm />
    </Edit>
  );
};
