import { REVOCATION_GROUND_ARTICLES, type ClusterStatus, type Renewal, type RevocationGround, type RevocationGroundSource } from '@sme-cluster/rules';
import { recordSystemAudits } from '../lib/audit';
import { joinTableOf } from '../lib/join-table';
import { appendTo } from '../lib/collections';

export const CLUSTER = 'api::cluster.cluster';
const GROUND = 'api::revocation-ground.revocation-ground';
const RENEWAL = 'cluster.renewal';
const USER = 'plugin::users-permissions.user';
const NOTIFICATION = 'api::notification.notification';

/** The records a job plans changes for: a cluster, or an expert's score sheet it reminds of. */
export const SUBJECT_UIDS = { cluster: CLUSTER, 'expert-review': 'api::expert-review.expert-review' } as const;
export type SubjectType = keyof typeof SUBJECT_UIDS;

/** What every change needs of its record: who it is, the state a run reports it in, and the region its audit is filed under. */
export interface SubjectRow {
  id: number;
  documentId: string;
  name: string;
  status: string;
  prefecture: { id: number; code: string } | null;
  county: { id: number; code: string } | null;
}

/** What a job reads of a cluster: its state, its version (to write only what it read) and its region. */
export interface ClusterRow extends SubjectRow {
  status: ClusterStatus;
  version: number;
  validUntil: string | null;
  recognizedAt: string | null;
  renewals?: Renewal[];
}

export const clusterFields = ['id', 'documentId', 'name', 'status', 'version', 'validUntil', 'recognizedAt'];
export const clusterPopulate = { prefecture: { select: ['id', 'code'] }, county: { select: ['id', 'code'] } };

export function groundText(ground: RevocationGround): string {
  const { item, zh, en } = REVOCATION_GROUND_ARTICLES[ground];
  return `第二十条${item}${zh} / Art. 20 ${item}: ${en}`;
}

export type ChangeAction = 'expire' | 'renewal_effective' | 'remind' | 'propose';

/** A notice to each recipient of the change (a cluster's region, the province, an expert). */
export interface Notice {
  kind: string;
  title: string;
  body: string;
  /** Sent at most once per recipient: a unique key (with the recipient appended) in the database. */
  dedupeKey?: string;
  /** Recipients that already have it (reminders are checked per batch before planning). */
  skipRecipients?: Set<number>;
}

/**
 * One thing a job would do to one record, decided from what it read; applying it re-checks that
 * read. Field writes, renewals and proposals are a cluster's; a notice may be about any subject.
 */
export interface PlannedChange {
  subjectType: SubjectType;
  subject: SubjectRow;
  action: ChangeAction;
  toState: string;
  /** Cluster fields to write; written only while status and version are still those read. */
  data?: Record<string, unknown>;
  comment: string;
  ground?: RevocationGround;
  /** The approved renewal that takes effect. */
  renewalId?: number;
  /** A revocation proposal to put on record for the province (once per cluster, ground and source). */
  proposal?: { ground: RevocationGround; source: RevocationGroundSource; sourceId: string; note: string };
  notice?: Notice;
  recipients: number[];
  details?: Record<string, unknown>;
}

/** What a run reports per record (the HTTP answer and the job-run details). */
export interface ChangeSummary {
  subjectType: SubjectType;
  subjectId: string;
  name: string;
  action: ChangeAction;
  fromState: string;
  toState: string;
  comment: string;
  recipients: number;
  [key: string]: unknown;
}

export function summarize(change: PlannedChange): ChangeSummary {
  return {
    subjectType: change.subjectType,
    subjectId: change.subject.documentId,
    name: change.subject.name,
    action: change.action,
    fromState: change.subject.status,
    toState: change.toState,
    comment: change.comment,
    recipients: change.recipients.length,
    ...(change.ground ? { ground: change.ground } : {}),
    ...change.details,
  };
}

/** The staff users of each region among `regionIds` (one query for a whole batch). */
export async function usersByRegion(clusters: ClusterRow[]): Promise<Map<number, number[]>> {
  const regionIds = [...new Set(clusters.flatMap((c) => [c.county?.id, c.prefecture?.id]).filter((id): id is number => id != null))];
  const byRegion = new Map<number, number[]>();
  if (!regionIds.length) return byRegion;
  const users = (await strapi.db.query(USER).findMany({
    where: { region: { id: { $in: regionIds } }, blocked: false },
    select: ['id'],
    populate: { region: { select: ['id'] } },
  })) as Array<{ id: number; region: { id: number } | null }>;
  for (const user of users) {
    if (!user.region) continue;
    appendTo(byRegion, user.region.id, user.id);
  }
  return byRegion;
}

/** The province's staff (revocation proposals are theirs to decide). */
export async function provinceStaff(): Promise<number[]> {
  const users = (await strapi.db.query(USER).findMany({ where: { role: { type: 'province_admin' }, blocked: false }, select: ['id'] })) as Array<{
    id: number;
  }>;
  return users.map((user) => user.id);
}

export function recipientsOf(cluster: ClusterRow, byRegion: Map<number, number[]>): number[] {
  const ids = [cluster.county?.id, cluster.prefecture?.id].flatMap((regionId) => (regionId == null ? [] : (byRegion.get(regionId) ?? [])));
  return [...new Set(ids)];
}

/** The recipient-specific keys of notices already sent, for a batch of planned notices (one query). */
export async function sentNoticeKeys(keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = (await strapi.db.query(NOTIFICATION).findMany({ where: { dedupeKey: { $in: keys } }, select: ['dedupeKey'] })) as Array<{ dedupeKey: string }>;
  return new Set(rows.map((row) => row.dedupeKey));
}

export const recipientKey = (dedupeKey: string, userId: number) => `${dedupeKey}:${userId}`;

/** The knex transaction Strapi hands to a transaction callback. */
type Transaction = Parameters<Parameters<typeof strapi.db.transaction>[0]>[0]['trx'];

export interface ApplyContext {
  now: Date;
  today: string;
  runKey: string;
}

type Proposal = NonNullable<PlannedChange['proposal']>;
const sourceKey = ({ ground, source, sourceId }: Proposal) => JSON.stringify([ground, source, sourceId]);
const proposalKey = (clusterId: number, proposal: Proposal) => `${clusterId} ${sourceKey(proposal)}`;

/**
 * Puts the proposals of a set of changes on record, each unless the same ground from the same source
 * already is for its cluster (a rerun, another instance): one read of those on record per ground and
 * source, one insert of the rows and one of their cluster links, where the document service costs
 * about twenty statements and its validation per proposal. Returns the changes whose proposal was written.
 */
async function writeProposals(changes: PlannedChange[], context: ApplyContext, trx: Transaction): Promise<Set<PlannedChange>> {
  const proposing = changes.filter((change) => change.proposal);
  if (!proposing.length) return new Set();
  const onRecord = new Set<string>();
  const bySource = new Map<string, PlannedChange[]>();
  for (const change of proposing) {
    const key = sourceKey(change.proposal!);
    appendTo(bySource, key, change);
  }
  for (const group of bySource.values()) {
    const { ground, source, sourceId } = group[0].proposal!;
    const rows = (await strapi.db.query(GROUND).findMany({
      where: { cluster: { id: { $in: group.map((change) => change.subject.id) } }, ground, source, sourceId },
      select: ['id'],
      populate: { cluster: { select: ['id'] } },
    })) as Array<{ cluster: { id: number } | null }>;
    for (const row of rows) if (row.cluster) onRecord.add(proposalKey(row.cluster.id, group[0].proposal!));
  }
  const written = proposing.filter((change) => {
    const key = proposalKey(change.subject.id, change.proposal!);
    if (onRecord.has(key)) return false;
    onRecord.add(key);
    return true;
  });
  if (!written.length) return new Set();
  const { ids } = await strapi.db.query(GROUND).createMany({
    data: written.map((change) => {
      const { ground, source, sourceId, note } = change.proposal!;
      // As the document service stores a record without draft and publish: published when created.
      return {
        ground,
        source,
        sourceId,
        note,
        status: 'proposed',
        foundBy: context.runKey,
        recordedAt: context.now,
        createdAt: context.now,
        updatedAt: context.now,
        publishedAt: context.now,
      };
    }),
  });
  const joinTable = joinTableOf(GROUND, 'cluster');
  await trx(joinTable.name).insert(
    written.map((change, index) => ({ [joinTable.joinColumn.name]: ids[index], [joinTable.inverseJoinColumn.name]: change.subject.id })),
  );
  return new Set(written);
}

/** The record's own writes: the update (only if still in the state and version the job read) and the renewal it consumes. */
async function writeSubject(change: PlannedChange, context: ApplyContext): Promise<boolean> {
  if (!change.data) return true;
  const cluster = change.subject as ClusterRow;
  const { count } = await strapi.db.query(SUBJECT_UIDS[change.subjectType]).updateMany({
    where: { id: cluster.id, status: cluster.status, version: cluster.version },
    data: { ...change.data, version: cluster.version + 1, updatedAt: context.now },
  });
  if (count === 0) return false;
  if (change.renewalId != null) {
    await strapi.db.query(RENEWAL).update({ where: { id: change.renewalId }, data: { effective: true } });
  }
  return true;
}

const recipientsToNotify = (change: PlannedChange) => change.recipients.filter((id) => !change.notice?.skipRecipients?.has(id));

/**
 * The notices of a set of changes: one insert of the rows, one of their recipient links. The ids
 * come back in insertion order (RETURNING on PostgreSQL and SQLite alike), which pairs each row
 * with its recipient.
 */
async function sendNotices(changes: PlannedChange[], trx: Transaction): Promise<void> {
  const notices = changes.flatMap((change) =>
    recipientsToNotify(change).map((recipient) => {
      const { kind, title, body, dedupeKey } = change.notice!;
      return {
        recipient,
        row: {
          kind,
          title,
          body,
          subjectType: change.subjectType,
          subjectId: change.subject.documentId,
          dedupeKey: dedupeKey ? recipientKey(dedupeKey, recipient) : undefined,
        },
      };
    }),
  );
  if (!notices.length) return;
  const { ids } = await strapi.db
    .query(NOTIFICATION)
    .createMany({ data: notices.map(({ row }) => ({ ...row, createdAt: new Date(), updatedAt: new Date() })) });
  const joinTable = joinTableOf(NOTIFICATION, 'recipient');
  await trx(joinTable.name).insert(
    notices.map(({ recipient }, index) => ({ [joinTable.joinColumn.name]: ids[index], [joinTable.inverseJoinColumn.name]: recipient })),
  );
}

/** Writes a set of changes in the current transaction; returns those that applied. */
async function writeChanges(changes: PlannedChange[], context: ApplyContext, trx: Transaction): Promise<PlannedChange[]> {
  const proposed = await writeProposals(changes, context, trx);
  const applied: PlannedChange[] = [];
  for (const change of changes) {
    if (change.proposal) {
      if (proposed.has(change)) applied.push(change);
    } else if (change.data || recipientsToNotify(change).length) {
      if (await writeSubject(change, context)) applied.push(change);
    }
  }
  await recordSystemAudits(
    applied
      .filter((change) => change.data || change.proposal)
      .map(({ subjectType, subject, action, toState, comment, details, ground }) => ({
        action,
        subjectType,
        subjectId: subject.documentId,
        prefectureCode: subject.prefecture?.code,
        countyCode: subject.county?.code,
        fromState: subject.status,
        toState,
        comment,
        details: { runKey: context.runKey, at: context.now.toISOString(), ...details, ...(ground ? { ground } : {}) },
      })),
  );
  await sendNotices(applied, trx);
  return applied;
}

/**
 * Applies planned changes in one transaction: each record's update (only while it is
 * still as the job read it), what it consumes, its audit event and its notices. A process killed
 * midway leaves all of it or none; a second run finds the records no longer matching and writes
 * nothing. One change failing (e.g. a concurrent reminder insert) rolls the set back; the set is
 * then applied one change at a time, so that only that record is left out and reported.
 */
export async function applyChanges(
  changes: PlannedChange[],
  context: ApplyContext,
): Promise<{ applied: PlannedChange[]; errors: Array<{ subjectId: string; message: string }> }> {
  if (!changes.length) return { applied: [], errors: [] };
  try {
    return { applied: await strapi.db.transaction(({ trx }) => writeChanges(changes, context, trx)), errors: [] };
  } catch (error) {
    if (changes.length === 1) return { applied: [], errors: [{ subjectId: changes[0].subject.documentId, message: (error as Error).message }] };
    const outcome = { applied: [] as PlannedChange[], errors: [] as Array<{ subjectId: string; message: string }> };
    for (const change of changes) {
      const one = await applyChanges([change], context);
      outcome.applied.push(...one.applied);
      outcome.errors.push(...one.errors);
    }
    return outcome;
  }
}
