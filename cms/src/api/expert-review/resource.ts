import { z } from 'zod';
import { personName, scoreBands, type ConflictDeclaration, type Person, type ScoreBand } from '@sme-cluster/rules';
import type { RecordResource } from '../../records/resource';
import { conflict, invalid } from '../../lib/errors';
import { auditOverrule, checkTies } from '../../workflow/expert-assignment';
import { scoreChanges, scoreSheetData, scoreSheetSchema, type Score, type ScoreSheetInput } from '../../workflow/expert-reviews';

export interface ExpertReviewRecord {
  id: string;
  applicationId: string | null;
  clusterName: string | null;
  /** Where the application comes from and who declares and runs it: what the expert judges its ties by before the form opens. */
  prefectureName: string | null;
  countyName: string | null;
  declarantName: string | null;
  operatorName: string | null;
  applicationStatus: string | null;
  expertId: number | null;
  expertName: string | null;
  conflictOfInterest: ConflictDeclaration;
  /** The call's scoring scheme, so the score sheet shows what to score, how much each weighs and what each band of scores means. */
  criteria: Array<{ key: string; name: string; weight: number; maxScore: number; bands: ScoreBand[] }>;
  scores: Array<{ criterionKey: string; score: number; comment: string }>;
  weightedScore: number | null;
  submitted: boolean;
  submittedAt: string | null;
  dueOn: string | null;
  /** The province's reason for assigning an expert tied to the application, if it did. */
  conflictOverride: string | null;
  createdAt: string;
  updatedAt: string;
}

const assignmentSchema = z.object({
  applicationId: z.string().min(1),
  expertId: z.number().int().positive(),
  /** Assigning an expert tied to the application needs the province's reason. */
  overrideReason: z.string().trim().min(2).max(500).optional(),
  dueOn: z.iso.date().optional(),
});
/** Create assigns (applicationId, expertId); update is the expert's score sheet. */
type ExpertReviewInput = Partial<z.infer<typeof assignmentSchema>> & ScoreSheetInput;

export const expertReviewResource: RecordResource<ExpertReviewRecord, ExpertReviewInput> = {
  resource: 'expert-reviews',
  uid: 'api::expert-review.expert-review',
  idField: 'documentId',
  populate: {
    application: {
      fields: ['clusterName', 'status', 'declarantName', 'operatorName'],
      populate: { prefecture: { fields: ['name'] }, county: { fields: ['name'] }, callNotice: { fields: ['year'], populate: { scoringScheme: true } } },
    },
    expert: { fields: ['username', 'email', 'fullName', 'unit'] },
    scores: true,
  },
  toRecord: (entity) => {
    const application = entity.application as {
      documentId: string;
      clusterName: string;
      status: string;
      declarantName?: string | null;
      operatorName?: string | null;
      prefecture?: { name: string } | null;
      county?: { name: string } | null;
      callNotice?: { scoringScheme?: Array<{ key: string; name: string; weight: number | string; maxScore: number }> } | null;
    } | null;
    const expert = entity.expert as (Person & { id: number }) | null;
    return {
      id: String(entity.documentId),
      applicationId: application?.documentId ?? null,
      clusterName: application?.clusterName ?? null,
      prefectureName: application?.prefecture?.name ?? null,
      countyName: application?.county?.name ?? null,
      declarantName: application?.declarantName ?? null,
      operatorName: application?.operatorName ?? null,
      applicationStatus: application?.status ?? null,
      expertId: expert?.id ?? null,
      expertName: personName(expert),
      conflictOfInterest: entity.conflictOfInterest as ExpertReviewRecord['conflictOfInterest'],
      criteria: (application?.callNotice?.scoringScheme ?? []).map(({ key, name, weight, maxScore }) => ({
        key,
        name,
        weight: Number(weight),
        maxScore,
        bands: scoreBands({ key, maxScore }),
      })),
      scores: ((entity.scores as ExpertReviewRecord['scores']) ?? []).map(({ criterionKey, score, comment }) => ({
        criterionKey,
        score: Number(score),
        comment: comment ?? '',
      })),
      weightedScore: entity.weightedScore == null ? null : Number(entity.weightedScore),
      submitted: Boolean(entity.submitted),
      submittedAt: (entity.submittedAt as string) ?? null,
      dueOn: (entity.dueOn as string) ?? null,
      conflictOverride: (entity.conflictOverride as string) ?? null,
      createdAt: String(entity.createdAt),
      updatedAt: String(entity.updatedAt),
    };
  },
  // An expert's scope is its own sheets: it never reads another expert's scores.
  scopePaths: { assigned: 'expert.id' },
  filters: { applicationId: 'application.documentId', expertId: 'expert.id', submitted: 'submitted', conflictOfInterest: 'conflictOfInterest' },
  searchFields: ['application.clusterName'],
  sortable: { submittedAt: 'submittedAt', dueOn: 'dueOn', updatedAt: 'updatedAt', createdAt: 'createdAt' },
  defaultSort: ['createdAt', 'DESC'],
  input: assignmentSchema as z.ZodType<ExpertReviewInput>,
  updateInput: scoreSheetSchema as z.ZodType<ExpertReviewInput>,
  async toData(input, _principal, existing) {
    if (existing) return scoreSheetData(input, existing);
    const { applicationId, expertId, overrideReason, dueOn } = assignmentSchema.parse(input);
    const application = await strapi.db.query('api::application.application').findOne({
      where: { documentId: applicationId },
      select: ['documentId', 'status', 'declarantName', 'operatorName'],
      populate: { prefecture: { select: ['code'] }, county: { select: ['code'] } },
    });
    if (!application) invalid([{ path: 'applicationId', message: { zh: '申报不存在', en: 'No such application' } }]);
    if (application.status !== 'province_review') conflict('只能为省级评审中的申报指派专家 / Experts are assigned to applications in province review');
    const expert = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: expertId, blocked: false }, populate: { role: true } });
    if (expert?.role?.type !== 'expert') invalid([{ path: 'expertId', message: { zh: '该用户不是评审专家', en: 'This user is not an expert' } }]);
    const twice = await strapi.db
      .query('api::expert-review.expert-review')
      .count({ where: { application: { documentId: applicationId }, expert: { id: expertId } } });
    if (twice) conflict('该专家已被指派评审此申报 / This expert is already assigned to this application');
    const ties = await checkTies(application, expertId, overrideReason);
    return {
      application: application.documentId,
      expert: expertId,
      conflictOfInterest: 'undeclared',
      submitted: false,
      dueOn: dueOn ?? null,
      ...(ties.length ? { conflictOverride: overrideReason } : {}),
    };
  },
  afterCreate: (entity, principal) => auditOverrule(principal, entity),
  // Until submission every change of a score or comment is on the trail, criterion by criterion.
  updateDetails: (existing, data) => (data.scores ? { scoreChanges: scoreChanges((existing.scores as Score[]) ?? [], data.scores as Score[]) } : {}),
  auditSubject: 'expert-review',
};
