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

function auditData(input: AuditInput, at: string): Record<string, unknown> {
  return {
    at,
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
    details: input.details,
  };
}

/** Appends one audit event. Nothing updates or deletes them: the REST router exposes only reads. */
export async function recordAudit(input: AuditInput): Promise<void> {
  await strapi.documents('api::audit-event.audit-event').create({
    data: { ...auditData(input, new Date().toISOString()), actor: input.actor ? input.actor.id : undefined } as never,
  });
}

/**
 * Appends the events of the system (scheduled jobs: no acting user, so no relation to link) in
 * one insert, inside the caller's transaction — a sweep writes thousands.
 */
export async function recordSystemAudits(inputs: Array<Omit<AuditInput, 'actor'>>): Promise<void> {
  if (!inputs.length) return;
  const at = new Date();
  await strapi.db.query('api::audit-event.audit-event').createMany({
    data: inputs.map((input) => ({ ...auditData({ ...input, actor: null }, at.toISOString()), createdAt: at, updatedAt: at })),
  });
}
