import type { StaffPrincipal } from './principal';

export interface AuditInput {
  actor: StaffPrincipal | null;
  action: string;
  subjectType: string;
  subjectId: string;
  prefectureCode?: string | null;
  countyCode?: string | null;
  fromState?: string | null;
  toState?: string | null;
  comment?: string | null;
  reportRef?: string | null;
  details?: unknown;
}

/** Appends one audit event. Nothing updates or deletes them: the REST router exposes only reads. */
export async function recordAudit(input: AuditInput): Promise<void> {
  await strapi.documents('api::audit-event.audit-event').create({
    data: {
      at: new Date().toISOString(),
      actor: input.actor ? input.actor.id : undefined,
      actorRole: input.actor?.role ?? 'system',
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      prefectureCode: input.prefectureCode ?? undefined,
      countyCode: input.countyCode ?? undefined,
      fromState: input.fromState ?? undefined,
      toState: input.toState ?? undefined,
      comment: input.comment ?? undefined,
      reportRef: input.reportRef ?? undefined,
      details: input.details as never,
    } as never,
  });
}
