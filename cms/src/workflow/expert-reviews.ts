import { z } from 'zod';
import {
  DEFAULT_RANKING_METHOD,
  SCORING_APPLICATION_STATE,
  actsOn,
  expertReviewLifecycle,
  expertReviewStateOf,
  mayStart,
  orderedBy,
  rankCandidates,
  scopeOf,
  scoreProblem,
  weightedScore,
  type Criterion,
  type FieldError,
  type RankingMethod,
} from '@sme-cluster/rules';
import { codeOf, regionPopulate } from '../records/regions';
import { roleMatrix } from '../lib/config';
import { recordAudit } from '../lib/audit';
import { conflict, forbidden, invalid, unprocessable } from '../lib/errors';
import { findScoped } from '../records/access';
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

const SHEET = 'api::expert-review.expert-review';
const RANKED_STATES = ['province_review', 'shortlisted'];

/**
 * 择优 (Art. 16): the province's ranking of a call's candidates under each of the three methods of
 * rules/src/fair-scores.ts side by side, in the order of the method the call chose, with the
 * candidates whose rank moves by three places or more between methods marked.
 */
export async function applicationRanking(principal: StaffPrincipal, query: unknown) {
  if (scopeOf(roleMatrix(), principal.role, 'expert-reviews', 'read') !== 'all') forbidden();
  const { callYear } = parseBody(z.object({ callYear: z.coerce.number().int().min(2020).max(2100) }), query);
  const notice = (await strapi.db.query('api::call-notice.call-notice').findOne({ where: { year: callYear }, select: ['rankingMethod'] })) as {
    rankingMethod?: RankingMethod;
  } | null;
  const method = notice?.rankingMethod ?? DEFAULT_RANKING_METHOD;
  const rows = (await strapi.documents('api::application.application').findMany({
    filters: { callNotice: { year: callYear }, status: { $in: RANKED_STATES } } as never,
    populate: {
      ...regionPopulate,
      expertReviews: { fields: ['weightedScore', 'submitted', 'conflictOfInterest', 'submittedAt'], populate: { expert: { fields: ['id'] } } },
    } as never,
  })) as Array<Record<string, unknown>>;
  const sheets = rows.flatMap((row) =>
    ((row.expertReviews as Array<Record<string, unknown>>) ?? []).map((sheet) => ({
      applicationId: String(row.documentId),
      expertId: (sheet.expert as { id?: number } | null)?.id ?? `sheet-${String(sheet.documentId)}`,
      weightedScore: sheet.weightedScore == null ? null : Number(sheet.weightedScore),
      submitted: Boolean(sheet.submitted),
      conflictOfInterest: String(sheet.conflictOfInterest),
      submittedAt: (sheet.submittedAt as string) ?? null,
    })),
  );
  const byId = new Map(rows.map((row) => [String(row.documentId), row]));
  const ranked = orderedBy(method, rankCandidates([...byId.keys()], sheets));
  return {
    callYear,
    method,
    rows: ranked.map(({ applicationId, ...row }) => {
      const application = byId.get(applicationId)!;
      return {
        id: applicationId,
        clusterName: (application.clusterName as string) ?? null,
        prefectureCode: codeOf(application.prefecture),
        countyCode: codeOf(application.county),
        status: String(application.status),
        verdict: (application.verdict as string) ?? null,
        ...row,
      };
    }),
  };
}

/** Each criterion whose score or comment a save changed, before → after: the trail of a sheet until it is submitted. */
export function scoreChanges(before: readonly Score[], after: readonly Score[]): Array<{ criterionKey: string; before: Score | null; after: Score | null }> {
  const keys = [...new Set([...before, ...after].map((score) => score.criterionKey))];
  const shape = (score: Score | undefined) => (score ? { criterionKey: score.criterionKey, score: Number(score.score), comment: score.comment ?? '' } : null);
  return keys.flatMap((criterionKey) => {
    const from = shape(before.find((score) => score.criterionKey === criterionKey));
    const to = shape(after.find((score) => score.criterionKey === criterionKey));
    return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ criterionKey, before: from, after: to }];
  });
}

const reopenSchema = z.object({ action: z.literal('reopen'), comment: z.string().trim().max(500).default('') });

/**
 * The province reopens a submitted sheet, with its reason, while the application is in its review:
 * the expert may change the scores and submit again, every change on the trail. A concurrent reopen
 * or resubmission finds the sheet moved on (409) and writes nothing.
 */
export async function reopenSheet(principal: StaffPrincipal, scoped: Record<string, unknown>, id: string, body: unknown): Promise<string> {
  const sheet = await findScoped({ uid: SHEET, idField: 'documentId' }, id, scoped, {
    application: { fields: ['status'], populate: regionPopulate },
  });
  const input = parseBody(reopenSchema, body);
  if (!actsOn(expertReviewLifecycle, principal.role, input.action)) forbidden();
  const state = expertReviewStateOf(sheet);
  if (!mayStart(expertReviewLifecycle, principal.role, input.action, state)) conflict('只能重新开放已提交的评分表 / Only a submitted sheet can be reopened');
  if (!input.comment) invalid([{ path: 'comment', message: { zh: '请填写重新开放的理由', en: 'Give the reason' } }]);
  const application = sheet.application as Record<string, unknown> | null;
  if (application?.status !== SCORING_APPLICATION_STATE) conflict('该申报不在省级评审阶段 / The application is not in province review');
  await strapi.db.transaction(async () => {
    const { count } = await strapi.db
      .query(SHEET)
      .updateMany({ where: { documentId: id, submitted: true }, data: { submitted: false, submittedAt: null, weightedScore: null } });
    if (!count) conflict();
    await recordAudit({
      actor: principal,
      action: 'reopen',
      subjectType: 'expert-review',
      subjectId: id,
      prefectureCode: codeOf(application.prefecture),
      countyCode: codeOf(application.county),
      fromState: state,
      toState: expertReviewLifecycle.steps.reopen.to,
      comment: input.comment,
      details: { weightedScore: sheet.weightedScore == null ? null : Number(sheet.weightedScore), submittedAt: sheet.submittedAt ?? null },
    });
  });
  return id;
}
