import { z } from 'zod';
import { SCORING_APPLICATION_STATE, expertReviewStateOf, scopeOf, scoreProblem, weightedScore, type Criterion, type FieldError } from '@sme-cluster/rules';
import { codeOf, regionPopulate } from '../records/regions';
import { roleMatrix } from '../lib/config';
import { conflict, forbidden, invalid, unprocessable } from '../lib/errors';
import type { StaffPrincipal } from '../lib/principal';
import { parseBody } from './access';

export interface Score {
  criterionKey: string;
  score: number;
  comment: string;
}

export const scoreSheetSchema = z.object({
  conflictOfInterest: z.enum(['none', 'conflicted']).optional(),
  scores: z.array(z.object({ criterionKey: z.string().min(1), score: z.number().min(0), comment: z.string().trim().max(500).default('') })).optional(),
  /** Submitting is final: the sheet is read-only afterwards (docs/domain.md §1 expert). */
  submit: z.boolean().optional(),
});
export type ScoreSheetInput = z.infer<typeof scoreSheetSchema>;

/** Each score names a criterion of the call's scheme, within 0..maxScore; on submit every criterion is scored with a comment. */
function checkScores(scheme: Criterion[], scores: Score[], submitting: boolean): void {
  const errors: FieldError[] = [];
  scores.forEach((score, index) => {
    const criterion = scheme.find((c) => c.key === score.criterionKey);
    if (!criterion)
      errors.push({ path: `scores.${index}.criterionKey`, message: { zh: '评分项不在本年度评分方案中', en: "Not a criterion of the call's scheme" } });
    else {
      const problem = scoreProblem(score.score, Number(criterion.maxScore));
      if (problem) errors.push({ path: `scores.${index}.score`, message: problem });
    }
  });
  if (submitting) {
    scheme.forEach((criterion) => {
      const index = scores.findIndex((s) => s.criterionKey === criterion.key);
      if (index < 0) errors.push({ path: `scores.${criterion.key}`, message: { zh: `请为“${criterion.name}”评分`, en: `Score "${criterion.name}"` } });
      else if (!scores[index].comment) errors.push({ path: `scores.${index}.comment`, message: { zh: '请填写评语', en: 'A comment is required' } });
    });
  }
  if (errors.length) invalid(errors);
}

/**
 * The expert's changes to an assigned score sheet: declare a conflict of interest first, score
 * only without one, submit once. A submitted or conflicted sheet is read-only (409).
 */
export function scoreSheetData(input: ScoreSheetInput, existing: Record<string, unknown>, now = new Date()): Record<string, unknown> {
  const application = existing.application as { status?: string; callNotice?: { scoringScheme?: Criterion[] } } | null;
  const state = expertReviewStateOf(existing);
  if (state === 'submitted') conflict('评分表已提交，不能再修改 / The score sheet was submitted and is read-only');
  if (application?.status !== SCORING_APPLICATION_STATE) conflict('该申报不在省级评审阶段 / The application is not in province review');
  const declared = existing.conflictOfInterest as string;
  if (input.conflictOfInterest && state !== 'undeclared' && input.conflictOfInterest !== declared) {
    conflict('利益冲突声明已作出，不能更改 / The conflict-of-interest declaration was already made');
  }
  const conflictOfInterest = input.conflictOfInterest ?? declared;
  const data: Record<string, unknown> = { conflictOfInterest };
  if (conflictOfInterest === 'conflicted') {
    if (input.scores?.length || input.submit) unprocessable('存在利益冲突，不能评分 / With a conflict of interest you cannot score');
    return data;
  }
  const scheme = application.callNotice?.scoringScheme ?? [];
  const scores = (input.scores ?? (existing.scores as Score[] | undefined) ?? []).map(({ criterionKey, score, comment }) => ({
    criterionKey,
    score: Number(score),
    comment: comment ?? '',
  }));
  if ((input.scores || input.submit) && conflictOfInterest !== 'none') {
    unprocessable('请先声明无利益冲突 / Declare that you have no conflict of interest first', [
      { path: 'conflictOfInterest', message: { zh: '请先声明利益冲突情况', en: 'Declare first' } },
    ]);
  }
  checkScores(scheme, scores, Boolean(input.submit));
  if (input.scores) data.scores = scores;
  if (input.submit) Object.assign(data, { scores, weightedScore: weightedScore(scheme, scores), submitted: true, submittedAt: now.toISOString() });
  return data;
}

const RANKED_STATES = ['province_review', 'shortlisted'];

/** 择优 (Art. 16): the province's ranking of a call's candidates by the mean of submitted, unconflicted score sheets. */
export async function applicationRanking(principal: StaffPrincipal, query: unknown) {
  if (scopeOf(roleMatrix(), principal.role, 'expert-reviews', 'read') !== 'all') forbidden();
  const { callYear } = parseBody(z.object({ callYear: z.coerce.number().int().min(2020).max(2100) }), query);
  const rows = (await strapi.documents('api::application.application').findMany({
    filters: { callNotice: { year: callYear }, status: { $in: RANKED_STATES } } as never,
    populate: { ...regionPopulate, expertReviews: { fields: ['weightedScore', 'submitted', 'conflictOfInterest'] } } as never,
  })) as Array<Record<string, unknown>>;
  return rows
    .map((row) => {
      const sheets = ((row.expertReviews as Array<{ weightedScore: unknown; submitted: boolean; conflictOfInterest: string }>) ?? []).filter(
        (sheet) => sheet.submitted && sheet.conflictOfInterest === 'none',
      );
      const mean = sheets.length ? Math.round((sheets.reduce((sum, s) => sum + Number(s.weightedScore), 0) / sheets.length) * 100) / 100 : null;
      return {
        id: String(row.documentId),
        clusterName: (row.clusterName as string) ?? null,
        prefectureCode: codeOf(row.prefecture),
        countyCode: codeOf(row.county),
        status: String(row.status),
        verdict: (row.verdict as string) ?? null,
        sheets: sheets.length,
        weightedMean: mean,
      };
    })
    .sort((a, b) => (b.weightedMean ?? -1) - (a.weightedMean ?? -1));
}
