import type { StaffPrincipal } from './principal';

export interface AuditInput {
  actor: StaffPrincipal | null;
  /** Who acted when it was not a staff user, e.g. `strapi_admin` for the admin panel (default `system`). */
  actorRole?: string;
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
      actorRole: input.actor?.role ?? input.actorRole ?? 'system',
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
