import { z } from 'zod';
import {
  CONFLICT_TIE_LABELS,
  SCORING_APPLICATION_STATE,
  conflictTies,
  organizationLines,
  personName,
  planAssignments,
  type CandidateSeat,
  type ConflictTie,
  type ExpertTies,
  type FieldError,
  type Person,
} from '@sme-cluster/rules';
import { recordAudit } from '../lib/audit';
import { conflict, invalid, unprocessable } from '../lib/errors';
import type { StaffPrincipal } from '../lib/principal';
import { codeOf } from '../records/regions';
import type { Filters } from '../records/resource';
import { parseBody } from './access';

const USER = 'plugin::users-permissions.user';
const APPLICATION = 'api::application.application';
const SHEET = 'api::expert-review.expert-review';

export interface ExpertOnFile {
  id: number;
  /** 姓名（单位）, as officials name one another. */
  name: string;
  email: string;
  ties: ExpertTies;
}

/** The expert accounts that may be assigned (not blocked), with their ties, in the order of their names. */
export async function expertsOnFile(ids?: number[]): Promise<ExpertOnFile[]> {
  const rows = (await strapi.db.query(USER).findMany({
    where: { blocked: false, role: { type: 'expert' }, ...(ids ? { id: { $in: ids } } : {}) },
    select: ['id', 'username', 'fullName', 'unit', 'email', 'expertOrganizations'],
    populate: { expertRegions: { select: ['code'] } },
    orderBy: { username: 'asc' },
  })) as Array<
    Person & {
      id: number;
      username: string;
      email: string;
      expertOrganizations?: string | null;
      expertRegions?: Array<{ code: string }>;
    }
  >;
  return rows.map((row) => ({
    id: row.id,
    name: personName(row) ?? row.username,
    email: row.email,
    ties: {
      unit: row.unit ?? null,
      regionCodes: (row.expertRegions ?? []).map((region) => region.code),
      organizations: organizationLines(row.expertOrganizations),
    },
  }));
}

/** Where an application sits, as the conflict check reads it (the populate below). */
export function seatOf(application: Record<string, unknown>): CandidateSeat {
  return {
    prefectureCode: codeOf(application.prefecture),
    countyCode: codeOf(application.county),
    declarantName: (application.declarantName as string) ?? null,
    operatorName: (application.operatorName as string) ?? null,
  };
}
const seatPopulate = { prefecture: { select: ['code'] }, county: { select: ['code'] } };
const seatFields = ['documentId', 'clusterName', 'declarantName', 'operatorName', 'status'];

export const tiesText = (ties: readonly ConflictTie[], language: 'zh' | 'en') =>
  ties.map((tie) => CONFLICT_TIE_LABELS[tie][language]).join(language === 'zh' ? '；' : '; ');

/**
 * Checks one assignment by hand against the expert's ties: a tied expert is refused (422) unless the
 * province gives its reason to overrule, which the sheet keeps and the audit records.
 */
export async function checkTies(application: Record<string, unknown>, expertId: number, overrideReason: string | undefined): Promise<ConflictTie[]> {
  const [expert] = await expertsOnFile([expertId]);
  const ties = expert ? conflictTies(expert.ties, seatOf(application)) : [];
  if (ties.length && !overrideReason) {
    unprocessable(`该专家与申报存在关联，不能指派：${tiesText(ties, 'zh')} / This expert is tied to the application: ${tiesText(ties, 'en')}`, [
      {
        path: 'expertId',
        message: { zh: `存在关联：${tiesText(ties, 'zh')}；如确需指派，请填写省级例外理由`, en: `Tied: ${tiesText(ties, 'en')}; give a reason to overrule` },
      },
    ]);
  }
  return ties;
}

/** The audit of an overruled conflict: who assigned a tied expert, why, and which ties were set aside. */
export async function auditOverrule(principal: StaffPrincipal, sheet: Record<string, unknown>): Promise<void> {
  const application = sheet.application as Record<string, unknown>;
  const expert = sheet.expert as { id: number } | null;
  if (!sheet.conflictOverride || !expert) return;
  const [onFile] = await expertsOnFile([expert.id]);
  const full = await strapi.db.query(APPLICATION).findOne({ where: { documentId: application.documentId }, select: seatFields, populate: seatPopulate });
  await recordAudit({
    actor: principal,
    action: 'overruleConflict',
    subjectType: 'expert-review',
    subjectId: String(sheet.documentId),
    prefectureCode: codeOf(full?.prefecture),
    countyCode: codeOf(full?.county),
    comment: String(sheet.conflictOverride),
    details: { applicationId: application.documentId, expertId: expert.id, ties: onFile ? conflictTies(onFile.ties, seatOf(full)) : [] },
  });
}

/** Whom the province may offer an application: every expert, with its ties to it, whether it is on it, and its load in the call. */
export async function expertChoices(query: unknown) {
  const { applicationId } = parseBody(z.object({ applicationId: z.string().min(1) }), query);
  const application = await strapi.db
    .query(APPLICATION)
    .findOne({ where: { documentId: applicationId }, select: seatFields, populate: { ...seatPopulate, callNotice: { select: ['year'] } } });
  if (!application) invalid([{ path: 'applicationId', message: { zh: '申报不存在', en: 'No such application' } }]);
  const experts = await expertsOnFile();
  const loads = await loadsInCall((application.callNotice as { year: number }).year);
  const sheets = (await strapi.db
    .query(SHEET)
    .findMany({ where: { application: { documentId: applicationId } }, populate: { expert: { select: ['id'] } } })) as Array<{
    expert: { id: number } | null;
  }>;
  const on = new Set(sheets.map((sheet) => sheet.expert?.id));
  const seat = seatOf(application);
  return experts.map((expert) => {
    const ties = conflictTies(expert.ties, seat);
    return {
      userId: expert.id,
      name: expert.name,
      email: expert.email,
      unit: expert.ties.unit,
      ties,
      tiesText: tiesText(ties, 'zh'),
      assigned: on.has(expert.id),
      load: loads.get(expert.id) ?? 0,
    };
  });
}

/** How many sheets each expert holds in a call, whatever their state. */
async function loadsInCall(callYear: number): Promise<Map<number, number>> {
  const sheets = (await strapi.db.query(SHEET).findMany({
    where: { application: { callNotice: { year: callYear } } },
    select: ['id'],
    populate: { expert: { select: ['id'] } },
  })) as Array<{ expert: { id: number } | null }>;
  const loads = new Map<number, number>();
  for (const sheet of sheets) if (sheet.expert) loads.set(sheet.expert.id, (loads.get(sheet.expert.id) ?? 0) + 1);
  return loads;
}

export const assignAllSchema = z.object({
  callYear: z.number().int().min(2020).max(2100),
  /** A selection of the call's applications; all of them in province review when absent. */
  applicationIds: z.array(z.string().min(1)).min(1).max(2000).optional(),
  /** The console list's filter: every application it finds, not only the page shown. */
  filter: z.record(z.string(), z.unknown()).optional(),
  perApplication: z.number().int().min(1).max(20),
  /** The most sheets one expert holds in the call, those it already has included. */
  cap: z.number().int().min(1).max(2000).nullish(),
  /** The day the new sheets are due. */
  dueOn: z.iso.date().optional(),
});

/**
 * Assignment in one step (rules/src/expert-assignment.ts): N experts on each application of the call
 * in province review (or of the selection), never a tied one, loads within one, under the cap. All or
 * nothing: when an application cannot be covered the answer (422) names it and nothing is written.
 */
export async function assignAll(principal: StaffPrincipal, body: unknown, listFilters: (filter: Record<string, unknown>) => Filters[]) {
  const input = parseBody(assignAllSchema, body);
  const filters: Record<string, unknown>[] = [{ callNotice: { year: input.callYear } }, { archivedAt: { $null: true } }, ...listFilters(input.filter ?? {})];
  if (input.applicationIds) filters.push({ documentId: { $in: input.applicationIds } });
  const applications = (await strapi.db.query(APPLICATION).findMany({
    where: { $and: filters },
    select: seatFields,
    populate: { ...seatPopulate, expertReviews: { select: ['id'], populate: { expert: { select: ['id'] } } } },
    orderBy: { clusterName: 'asc' },
  })) as Array<Record<string, unknown> & { documentId: string; clusterName: string | null; status: string }>;
  const errors: FieldError[] = [];
  if (input.applicationIds) {
    const found = new Set(applications.map((application) => application.documentId));
    input.applicationIds.forEach((id, index) => {
      if (!found.has(id))
        errors.push({ path: `applicationIds.${index}`, message: { zh: '该申报不属于本年度申报通知', en: 'Not an application of this call' } });
    });
    applications.forEach((application) => {
      if (application.status !== SCORING_APPLICATION_STATE)
        errors.push({
          path: `applicationIds.${input.applicationIds!.indexOf(application.documentId)}`,
          message: { zh: `“${application.clusterName ?? ''}”不在省级评审阶段`, en: 'Not in province review' },
        });
    });
    if (errors.length) invalid(errors);
  }
  const inReview = applications.filter((application) => application.status === SCORING_APPLICATION_STATE);
  if (!inReview.length) unprocessable('没有处于省级评审阶段的申报 / No application of this call is in province review');
  const experts = await expertsOnFile();
  const loads = await loadsInCall(input.callYear);
  const plan = planAssignments({
    candidates: inReview.map((application) => ({
      id: application.documentId,
      seat: seatOf(application),
      assigned: ((application.expertReviews as Array<{ expert: { id: number } | null }>) ?? []).flatMap((sheet) => (sheet.expert ? [sheet.expert.id] : [])),
    })),
    experts: experts.map((expert) => ({ id: expert.id, ties: expert.ties, load: loads.get(expert.id) ?? 0 })),
    perCandidate: input.perApplication,
    cap: input.cap ?? null,
  });
  const name = new Map(inReview.map((application) => [application.documentId, application.clusterName ?? application.documentId]));
  if (plan.uncovered.length) {
    unprocessable(
      `${plan.uncovered.length}个申报无法配齐${input.perApplication}位无关联专家，未作任何指派 / ${plan.uncovered.length} application(s) cannot get ${input.perApplication} untied experts; nothing was assigned`,
      plan.uncovered.map(({ candidateId, missing, eligible }) => ({
        path: `applications.${candidateId}`,
        message: {
          zh: `“${name.get(candidateId)}”缺${missing}位专家（无关联的专家共${eligible}位${input.cap ? `，每位专家最多${input.cap}份` : ''}）`,
          en: `"${name.get(candidateId)}" lacks ${missing} expert(s) (${eligible} untied experts${input.cap ? `, at most ${input.cap} each` : ''})`,
        },
      })),
    );
  }
  const byApplication = new Map(inReview.map((application) => [application.documentId, application]));
  const names = new Map(experts.map((expert) => [expert.id, expert.name]));
  await strapi.db.transaction(async () => {
    for (const { candidateId, expertId } of plan.assignments) {
      // Another province official assigning meanwhile: the same pair twice is refused, nothing of this run stays.
      const twice = await strapi.db.query(SHEET).count({ where: { application: { documentId: candidateId }, expert: { id: expertId } } });
      if (twice) conflict('指派期间专家分配已被他人修改，请刷新后重试 / The assignments changed meanwhile; reload and retry');
      const sheet = await strapi.documents(SHEET).create({
        data: { application: candidateId, expert: expertId, conflictOfInterest: 'undeclared', submitted: false, dueOn: input.dueOn ?? null } as never,
      });
      const application = byApplication.get(candidateId)!;
      await recordAudit({
        actor: principal,
        action: 'assignAutomatically',
        subjectType: 'expert-review',
        subjectId: sheet.documentId,
        prefectureCode: codeOf(application.prefecture),
        countyCode: codeOf(application.county),
        details: { applicationId: candidateId, expertId, perApplication: input.perApplication, cap: input.cap ?? null },
      });
    }
  });
  return {
    assigned: plan.assignments.length,
    applications: inReview.map((application) => ({
      id: application.documentId,
      clusterName: application.clusterName,
      experts: plan.assignments.filter((a) => a.candidateId === application.documentId).map((a) => names.get(Number(a.expertId)) ?? String(a.expertId)),
    })),
    loads: experts.map((expert) => ({ userId: expert.id, name: expert.name, load: plan.loads.get(String(expert.id)) ?? 0 })),
  };
}
