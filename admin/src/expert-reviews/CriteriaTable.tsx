import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { NumberInput, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { Fragment } from 'react';
import { ScoreBandGuide } from './ScoreBandGuide';
import { scoreValidator, weightedTotal, weightShare, type Criterion, type Score } from './scoreSheetModel';

/** The live weighted total of what is typed, computed as the server will on save. */
export const WeightedTotal = ({ criteria }: { criteria: Criterion[] }) => {
  const translate = useTranslate();
  const scores = (useWatch({ name: 'scores' }) as Score[] | undefined) ?? [];
  return (
    <Typography variant="subtitle1" sx={{ mt: 2 }} data-testid="weighted-total">
      {translate('resources.expert-reviews.total', { total: weightedTotal(criteria, scores).toFixed(2) })}
    </Typography>
  );
};

/** One row per criterion of the call's scheme: name, weight in %, score 0..maxScore, comment; under it, what each band of scores means. */
export const CriteriaTable = ({ criteria, readOnly }: { criteria: Criterion[]; readOnly: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <Table size="small" aria-label={translate('resources.expert-reviews.sheet')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.expert-reviews.criterion')}</TableCell>
            <TableCell align="right">{translate('resources.expert-reviews.weight')}</TableCell>
            <TableCell>{translate('resources.expert-reviews.score')}</TableCell>
            <TableCell>{translate('resources.expert-reviews.comment')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {criteria.map((criterion, index) => (
            <Fragment key={criterion.key}>
              <TableRow data-testid={`criterion-${criterion.key}`}>
                {/* Beside the form the sheet has half the page: the name keeps a readable width. */}
                <TableCell sx={{ minWidth: '6em' }}>{criterion.name}</TableCell>
                <TableCell align="right">{`${Number(weightShare(criterion, criteria).toFixed(1))}%`}</TableCell>
                <TableCell>
                  <NumberInput
                    source={`scores.${index}.score`}
                    label={false}
                    inputProps={{ 'aria-label': `${criterion.name} ${translate('resources.expert-reviews.score')}` }}
                    readOnly={readOnly}
                    min={0}
                    max={criterion.maxScore}
                    step={0.01}
                    validate={scoreValidator(criterion.maxScore, locale)}
                    helperText={translate('resources.expert-reviews.max', { max: criterion.maxScore })}
                    sx={{ width: 140 }}
                  />
                </TableCell>
                <TableCell sx={{ minWidth: 200 }}>
                  <TextInput
                    source={`scores.${index}.comment`}
                    label={false}
                    inputProps={{ 'aria-label': `${criterion.name} ${translate('resources.expert-reviews.comment')}` }}
                    readOnly={readOnly}
                    multiline
                    fullWidth
                    helperText={false}
                  />
                </TableCell>
              </TableRow>
              {criterion.bands?.length ? (
                <TableRow>
                  <TableCell colSpan={4} sx={{ pt: 0 }}>
                    <ScoreBandGuide criterion={criterion} index={index} />
                  </TableCell>
                </TableRow>
              ) : null}
            </Fragment>
          ))}
        </TableBody>
      </Table>
      <WeightedTotal criteria={criteria} />
    </>
  );
};
