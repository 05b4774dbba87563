import { Alert, Box, Stack, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  Edit,
  Link,
  RecordContextProvider,
  ResourceContextProvider,
  RadioButtonGroupInput,
  SaveButton,
  SimpleForm,
  Toolbar,
  useLocaleState,
  useNotify,
  useRecordContext,
  useCreatePath,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { errorNotice } from '../common/serverMessage';
import { choicesOf } from '../domain';
import { canAccess } from '../permissions';
import { sheetOpen } from '@sme-cluster/rules';
import { session } from '../session';
import { ApplicationFormTabs } from '../applications/form/ApplicationFormTabs';
import { CriteriaTable } from './CriteriaTable';
import { SubmitSheetButton } from './SubmitSheetButton';
import { timeLeftText } from './TimeLeft';
import { withCriteria, type ScoreSheetRecord } from './scoreSheetModel';

/**
 * A submitted sheet is on record, a conflicted one ends at the declaration: neither changes again.
 * Only its expert writes a sheet (the province, which may open any, reads it).
 */
const closed = (record: ScoreSheetRecord) => !sheetOpen(record) || !canAccess(session.user(), { action: 'edit', resource: 'expert-reviews' });

const SheetBody = () => {
  const record = useRecordContext<ScoreSheetRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
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
          {translate('resources.expert-reviews.dueBy', { date: record.dueOn, left: timeLeftText(record.dueOn, locale) })}
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
 * The application's form, read-only, scrolling on its own so the sheet beside it stays in view.
 * Read with the sheet's own access (the server's `assigned` scope): a show view here would judge
 * the console's access by the sheet around it, not the application.
 */
const ApplicationBeside = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const { data: application } = useGetOne('applications', { id });
  return (
    <Box
      component="section"
      aria-label={translate('resources.expert-reviews.applicationForm')}
      data-testid="application-beside"
      sx={{ minWidth: 0, maxHeight: { lg: 'calc(100vh - 160px)' }, overflowY: { lg: 'auto' }, border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Typography variant="subtitle1" sx={{ px: 2, pt: 1 }}>
        {translate('resources.expert-reviews.applicationForm')}
      </Typography>
      {application && (
        <ResourceContextProvider value="applications">
          <RecordContextProvider value={application}>
            <ApplicationFormTabs readOnly />
          </RecordContextProvider>
        </ResourceContextProvider>
      )}
    </Box>
  );
};

/**
 * The form beside the sheet on a wide screen, above it on a narrow one. The form shows once the
 * expert has declared no conflict: the server refuses it before.
 */
const SheetBesideForm = () => {
  const record = useRecordContext<ScoreSheetRecord>();
  const formBeside = Boolean(record?.applicationId && record.conflictOfInterest === 'none');
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: formBeside ? { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) minmax(0, 1fr)' } : 'minmax(0, 1fr)',
        alignItems: 'start',
      }}
    >
      {formBeside && <ApplicationBeside id={record!.applicationId!} />}
      <Box sx={{ minWidth: 0 }}>
        <ScoreSheetForm />
      </Box>
    </Box>
  );
};

/**
 * The expert's score sheet: declare any conflict of interest first (a conflict ends the sheet),
 * then score each criterion against its bands, with a comment, beside the application's form;
 * submit once. The server sends an expert only its own sheets, so no other expert's scores can show here.
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
      <SheetBesideForm />
    </Edit>
  );
};
