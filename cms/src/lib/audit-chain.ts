import crypto from 'crypto';

/**
 * Tamper evidence for the audit trail: every event stores the SHA-256 of its content and of the
 * previous event's hash, so changing, removing or inserting a row anywhere but at the end breaks
 * every link after it. Pure: the app appends with it and `npm run audit:verify` walks with it.
 */
export const GENESIS = '0'.repeat(64);

/** What an event's hash covers, in the values the database hands back (any client). */
export interface ChainContent {
  at: string;
  actorId: number | null;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  prefectureCode: string | null;
  countyCode: string | null;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
  reportRef: string | null;
  details: unknown;
}

/** JSON with object keys sorted at every level: PostgreSQL's jsonb does not keep the order they were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function chainHash(previousHash: string, content: ChainContent): string {
  return crypto
    .createHash('sha256')
    .update(`${previousHash}\n${canonical(content)}`)
    .digest('hex');
}

const text = (value: unknown): string | null => (value === undefined || value === null ? null : String(value));

/** A row of audit_events (snake_case columns, the actor from its link table) as hashed content. */
export function contentOfRow(row: Record<string, unknown>): ChainContent {
  const details = typeof row.details === 'string' ? (JSON.parse(row.details) as unknown) : row.details;
  return {
    // SQLite hands back epoch milliseconds, PostgreSQL a Date: one instant either way.
    at: new Date(row.at as string | number | Date).toISOString(),
    actorId: row.actor_id === null || row.actor_id === undefined ? null : Number(row.actor_id),
    actorRole: String(row.actor_role),
    action: String(row.action),
    subjectType: String(row.subject_type),
    subjectId: String(row.subject_id),
    prefectureCode: text(row.prefecture_code),
    countyCode: text(row.county_code),
    fromState: text(row.from_state),
    toState: text(row.to_state),
    comment: text(row.comment),
    reportRef: text(row.report_ref),
    details: details ?? null,
  };
}

export interface ChainBreak {
  id: number;
  documentId: string;
  at: string;
  reason: string;
}

/** Walks rows in id order; the first event whose link does not hold, or null when the chain is whole. */
export function firstBreak(rows: Array<Record<string, unknown>>): ChainBreak | null {
  let previous = GENESIS;
  for (const row of rows) {
    const where = { id: Number(row.id), documentId: String(row.document_id), at: String(row.at) };
    let content: ChainContent;
    try {
      content = contentOfRow(row);
    } catch {
      return { ...where, reason: 'its details are not valid JSON' };
    }
    where.at = content.at;
    if (row.previous_hash !== previous)
      return {
        ...where,
        reason: `it names ${String(row.previous_hash)} as the previous event's hash, which is ${previous}: an event before it was changed, removed or inserted`,
      };
    const expected = chainHash(previous, content);
    if (row.hash !== expected)
      return { ...where, reason: `its content does not match its hash (stored ${String(row.hash)}, computed ${expected}): the event was changed` };
    previous = expected;
  }
  return null;
}
