import { scoreProblem, weightShare, weightedScore, type Criterion as SchemeCriterion, type ScoreBand } from '@sme-cluster/rules';

/** A criterion of the call's scheme as the server sends it with the sheet: with what each band of scores means. */
export type Criterion = SchemeCriterion & { bands?: ScoreBand[] };

export interface Score {
  criterionKey: string;
  score: number | null;
  comment: string;
}

export interface ScoreSheetRecord {
  id: string;
  applicationId?: string | null;
  clusterName: string | null;
  prefectureName?: string | null;
  countyName?: string | null;
  declarantName?: string | null;
  operatorName?: string | null;
  conflictOverride?: string | null;
  dueOn?: string | null;
  expertName?: string | null;
  conflictOfInterest: 'undeclared' | 'none' | 'conflicted';
  scores: Score[];
  submitted: boolean;
  criteria?: Criterion[];
}

/** Every criterion in scheme order, with what the expert already saved for it (the inputs' rows). */
export const withCriteria = (record: ScoreSheetRecord): ScoreSheetRecord => ({
  ...record,
  scores: (record.criteria ?? []).map((criterion) => {
    const saved = record.scores.find((score) => score.criterionKey === criterion.key);
    return { criterionKey: criterion.key, score: saved?.score ?? null, comment: saved?.comment ?? '' };
  }),
});

/** The live total: the server's own formula from the shared rules package. */
export const weightedTotal = weightedScore;
export { weightShare };

const isScore = (value: unknown) => value !== null && value !== undefined && value !== '' && Number.isFinite(Number(value));

/**
 * The score input's check, in the console's language: the server's own rule (range 0..maximum,
 * at most two decimals); a blank score is left to the submission's completeness.
 */
export const scoreValidator = (maxScore: number, locale: string) => (value: unknown) => {
  if (!isScore(value)) return undefined;
  const problem = scoreProblem(Number(value), maxScore);
  return problem && (locale.startsWith('zh') ? problem.zh : problem.en);
};

/** The server accepts a submission only with every criterion scored (within its maximum, two decimals at most) and commented. */
export const complete = (criteria: Criterion[], scores: Score[] | undefined) =>
  criteria.length > 0 &&
  criteria.every((criterion) => {
    const score = scores?.find((s) => s.criterionKey === criterion.key);
    return score && isScore(score.score) && !scoreProblem(Number(score.score), criterion.maxScore) && score.comment?.trim();
  });
