import type { StaffPrincipal } from './principal';
import { chainHash, GENESIS, type ChainContent } from './audit-chain';
import { joinTableOf } from './join-table';

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
  /** When it happened, if not now: the demo data replays the past transitions that led to each record's state. */
  at?: Date;
}

const UID = 'api::audit-event.audit-event';
/** The PostgreSQL advisory lock that orders appends to the chain (any constant the app uses for nothing else). */
const CHAIN_LOCK = 7_341_019;

function auditData(input: AuditInput, at: string): Omit<ChainContent, 'at' | 'actorId'> & { at: string } {
  return {
    at,
    actorRole: input.actor?.role ?? input.actorRole ?? 'system',
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    prefectureCode: input.prefectureCode ?? null,
    countyCode: input.countyCode ?? null,
    fromState: input.fromState ?? null,
    toState: input.toState ?? null,
    comment: input.comment ?? null,
    reportRef: input.reportRef ?? null,
    // As the database will hand it back (no undefined members, dates as text), so the hash can be recomputed.
    details: input.details === undefined ? null : (JSON.parse(JSON.stringify(input.details)) as unknown),
  };
}

/**
 * Links events onto the chain inside the caller's transaction (its own when there is none). On
 * PostgreSQL an advisory lock held until commit makes concurrent writers append one after the
 * other, each reading the hash the previous one committed; SQLite runs one writer at a time.
 */
async function appendChained<T>(
  events: Array<{ data: ReturnType<typeof auditData>; actorId: number | null }>,
  write: (rows: Array<Record<string, unknown>>) => Promise<T>,
): Promise<T> {
  return strapi.db.transaction(async ({ trx }) => {
    if (strapi.db.dialect.client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
    const last = (await strapi.db.query(UID).findOne({ select: ['hash'], orderBy: { id: 'desc' } })) as { hash?: string | null } | null;
    let previousHash = last?.hash ?? GENESIS;
    const rows = events.map(({ data, actorId }) => {
      const hash = chainHash(previousHash, { ...data, actorId });
      const row = { ...data, previousHash, hash };
      previousHash = hash;
      return row;
    });
    return write(rows);
  });
}

/** Appends one audit event, in the caller's transaction. The database refuses to update or delete one (see append-only.ts). */
export async function recordAudit(input: AuditInput): Promise<void> {
  const actorId = input.actor ? Number(input.actor.id) : null;
  await appendChained([{ data: auditData(input, (input.at ?? new Date()).toISOString()), actorId }], ([row]) =>
    strapi.documents(UID).create({ data: { ...row, actor: actorId ?? undefined } as never }),
  );
}

/**
 * Appends many events in one insert, and their actors' links in one more, inside the caller's
 * transaction — a sweep of the jobs or a batch over a filtered list writes thousands.
 */
export async function recordAudits(inputs: AuditInput[]): Promise<void> {
  if (!inputs.length) return;
  const at = new Date();
  const events = inputs.map((input) => ({ data: auditData(input, (input.at ?? at).toISOString()), actorId: input.actor ? Number(input.actor.id) : null }));
  await appendChained(events, async (rows) => {
    const { ids } = await strapi.db.query(UID).createMany({ data: rows.map((row) => ({ ...row, createdAt: at, updatedAt: at })) });
    // The ids come back in insertion order (RETURNING on PostgreSQL and SQLite alike).
    const links = events.flatMap(({ actorId }, index) => (actorId === null ? [] : [{ event: ids[index], actorId }]));
    if (!links.length) return;
    const link = joinTableOf(UID, 'actor');
    await strapi.db.transaction(({ trx }) =>
      trx(link.name).insert(links.map(({ event, actorId }) => ({ [link.joinColumn.name]: event, [link.inverseJoinColumn.name]: actorId }))),
    );
  });
}

/** The events of the system: scheduled jobs, with no acting user. */
export async function recordSystemAudits(inputs: Array<Omit<AuditInput, 'actor'>>): Promise<void> {
  await recordAudits(inputs.map((input) => ({ ...input, actor: null })));
}
