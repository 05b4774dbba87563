/** One weighted criterion of the call's scoring scheme (call notice → scoringScheme). */
export interface Criterion {
    key: string;
    name: string;
    weight: number;
    maxScore: number;
}

export interface Score {
    criterionKey: string;
    score: number | null;
    comment: string;
}

export interface ScoreSheetRecord {
    id: string;
    applicationId?: string | null;
    clusterName: string | null;
    expertName?: string | null;
    conflictOfInterest: 'undeclared' | 'none' | 'conflicted';
    scores: Score[];
    submitted: boolean;
    criteria?: Criterion[];
}

/** Every criterion in scheme order, with what the expert already saved for it (the inputs' rows). */
export const withCriteria = (record: ScoreSheetRecord): ScoreSheetRecord => ({
    ...record,
    scores: (record.criteria ?? []).map(criterion => {
        const saved = record.scores.find(score => score.criterionKey === criterion.key);
        return { criterionKey: criterion.key, score: saved?.score ?? null, comment: saved?.comment ?? '' };
    }),
});

const totalWeight = (criteria: Criterion[]) => criteria.reduce((sum, criterion) => sum + Number(criterion.weight), 0);

/** A criterion's share of the whole scheme in percent, whatever scale the weights are written in. */
export const weightShare = (criterion: Criterion, criteria: Criterion[]) => {
    const total = totalWeight(criteria);
    return total ? (Number(criterion.weight) / total) * 100 : 0;
};

/**
 * The weighted total out of 100, the server's formula (weightedScore in cms/src/workflow/expert-reviews.ts):
 * each criterion as a percentage of its maximum, weighted; an unscored criterion counts 0.
 */
export function weightedTotal(criteria: Criterion[], scores: Pick<Score, 'criterionKey' | 'score'>[]): number {
    const total = totalWeight(criteria);
    if (!total) return 0;
    const sum = criteria.reduce((acc, criterion) => {
        const score = Number(scores.find(s => s.criterionKey === criterion.key)?.score ?? 0) || 0;
        return acc + Number(criterion.weight) * (score / Number(criterion.maxScore)) * 100;
    }, 0);
    return Math.round((sum / total) * 100) / 100;
}

const isScore = (value: unknown) => value !== null && value !== undefined && value !== '' && Number.isFinite(Number(value));

/** The server accepts a submission only with every criterion scored (within its maximum) and commented. */
export const complete = (criteria: Criterion[], scores: Score[] | undefined) =>
    criteria.length > 0 &&
    criteria.every(criterion => {
        const score = scores?.find(s => s.criterionKey === criterion.key);
        return score && isScore(score.score) && Number(score.score) >= 0 && Number(score.score) <= criterion.maxScore && score.comment?.trim();
    });
