import {
  INDUSTRY_TYPE_WORDS,
  POOL_CANDIDATE_ACTIONS,
  poolCandidateLifecycle,
  todayInShanghai,
  type IndustryTypeKey,
  type PoolCandidateAction,
  type PoolCandidateStatus,
  type PoolFigures,
} from '@sme-cluster/rules';
import { invalid } from '../lib/errors';
import type { Filters } from '../records/resource';
import { codeOf, regionPopulate } from '../records/regions';
import { recordAudit } from '../lib/audit';
import type { StaffPrincipal } from '../lib/principal';
import { actionBody, allowedActions, inClaimedTransaction, startAction, type Workflow } from './actions';
import { notify, regionStaff } from './notices';

const actionSchema = actionBody(POOL_CANDIDATE_ACTIONS);

type Entity = Record<string, unknown> & { documentId: string; status: PoolCandidateStatus; version: number; name: string };

const POOL: Workflow<PoolCandidateStatus, PoolCandidateAction> = { lifecycle: poolCandidateLifecycle, uid: 'api::pool-candidate.pool-candidate' };

export function allowedPoolCandidateActions(principal: StaffPrincipal | undefined, entity: Record<string, unknown>): PoolCandidateAction[] {
  return allowedActions(POOL, principal, entity);
}

/** The cluster a candidate becomes in the pool (Art. 7): what the county proposed, `cultivating`. */
async function admitToPool(entity: Entity, principal: StaffPrincipal): Promise<string> {
  const region = { prefectureCode: codeOf(entity.prefecture), countyCode: codeOf(entity.county) };
  const cluster = await strapi.documents('api::cluster.cluster').create({
    data: {
      name: entity.name,
      leadingIndustry: entity.leadingIndustry,
      industryType: entity.industryType ?? null,
      areaKm2: entity.areaKm2 ?? null,
      declarantName: entity.declarantName ?? null,
      operatorName: entity.operatorName ?? null,
      prefecture: (entity.prefecture as { documentId: string }).documentId,
      county: (entity.county as { documentId: string }).documentId,
      status: 'cultivating',
    } as never,
  });
  await recordAudit({
    actor: principal,
    action: 'admitCandidate',
    subjectType: 'cluster',
    subjectId: cluster.documentId,
    ...region,
    toState: 'cultivating',
    details: { poolCandidate: entity.documentId },
  });
  return cluster.documentId;
}

/** What each step writes besides the state: the city's opinion, the reason, the decision's day, the pool's cluster. */
function fieldsOf(action: PoolCandidateAction, comment: string, today: string): Record<string, unknown> {
  switch (action) {
    case 'resubmitCandidate':
      return { proposedOn: today };
    case 'endorseCandidate':
      return { cityOpinion: comment || null };
    case 'returnCandidate':
      return { decisionComment: comment };
    case 'admitCandidate':
    case 'declineCandidate':
      return { decisionComment: comment || null, decidedOn: today };
  }
}

/** Who is told of a step, and what: the county of a return or a decision, the city of a decision too. */
function noticeOf(action: PoolCandidateAction, entity: Entity, comment: string, clusterId: string | null) {
  const subject = { subjectType: 'pool-candidate', subjectId: entity.documentId };
  switch (action) {
    case 'returnCandidate':
      return {
        to: [codeOf(entity.county)],
        kind: 'pool_candidate_returned',
        title: `培育库入库申请被退回：${entity.name}`,
        body: `退回理由：${comment}`,
        ...subject,
      };
    case 'admitCandidate':
      return {
        to: [codeOf(entity.prefecture), codeOf(entity.county)],
        kind: 'pool_candidate_admitted',
        title: `已纳入省级集群培育库：${entity.name}`,
        body: '该集群已纳入省级中小企业特色产业集群培育库（第七条）。年度申报通知发布时，可从培育库记录发起认定申报。',
        subjectType: 'cluster',
        subjectId: clusterId!,
      };
    case 'declineCandidate':
      return {
        to: [codeOf(entity.prefecture), codeOf(entity.county)],
        kind: 'pool_candidate_declined',
        title: `未纳入省级集群培育库：${entity.name}`,
        body: `理由：${comment}`,
        ...subject,
      };
    default:
      return null;
  }
}

/** One step of a candidate: checked like every lifecycle action, claimed at the version read, audited and told in the same transaction. */
export async function actOnPoolCandidate(principal: StaffPrincipal, scoped: Filters, id: string, body: unknown, now = new Date()) {
  const { entity, input, to } = await startAction<PoolCandidateStatus, PoolCandidateAction, Entity, typeof actionSchema>(POOL, {
    principal,
    scoped,
    id,
    body,
    populate: regionPopulate,
    schema: actionSchema,
  });
  const today = todayInShanghai(now);
  return inClaimedTransaction(POOL, entity, async () => {
    const clusterId = input.action === 'admitCandidate' ? await admitToPool(entity, principal) : null;
    await strapi.documents(POOL.uid).update({
      documentId: entity.documentId,
      data: { status: to, ...fieldsOf(input.action, input.comment, today), ...(clusterId ? { cluster: clusterId } : {}) } as never,
    });
    await recordAudit({
      actor: principal,
      action: input.action,
      subjectType: 'pool-candidate',
      subjectId: entity.documentId,
      prefectureCode: codeOf(entity.prefecture),
      countyCode: codeOf(entity.county),
      fromState: entity.status,
      toState: to,
      comment: input.comment || null,
      details: clusterId ? { cluster: clusterId } : undefined,
    });
    const notice = noticeOf(input.action, entity, input.comment, clusterId);
    if (notice) {
      const { to: regions, ...content } = notice;
      await notify(await regionStaff(regions), content);
    }
    return entity.documentId;
  });
}

/**
 * A call notice published: the counties with a cluster in the cultivation pool are told, once each
 * person however often the notice is saved, so they can declare from the pool record (Art. 7, 13).
 */
export async function tellPoolOfCall(notice: Record<string, unknown>): Promise<void> {
  const clusters = (await strapi.db.query('api::cluster.cluster').findMany({
    where: { status: 'cultivating' },
    populate: { county: { select: ['code'] } },
  })) as Array<{ county: { code: string } | null }>;
  const recipients = await regionStaff([...new Set(clusters.map((cluster) => cluster.county?.code ?? null))]);
  if (!recipients.length) return;
  const key = (id: number) => `call_opened:${String(notice.documentId)}:${id}`;
  const sent = (await strapi.db.query('api::notification.notification').findMany({
    where: { dedupeKey: { $in: recipients.map(key) } },
    select: ['dedupeKey'],
  })) as Array<{ dedupeKey: string }>;
  const told = new Set(sent.map((row) => row.dedupeKey));
  for (const id of recipients.filter((recipient) => !told.has(key(recipient)))) {
    await notify([id], {
      kind: 'call_opened',
      title: `${String(notice.title)}已发布`,
      body: `本年度认定申报已开始（${String(notice.opensOn)}至${String(notice.closesOn)}）。本县（市、区）有集群在省级培育库中，可从培育库集群发起申报，申报表将按入库材料预填。`,
      subjectType: 'call-notice',
      subjectId: String(notice.documentId),
      dedupeKey: key(id),
    });
  }
}

/**
 * A cluster of the cultivation pool in the county, with what its admitted pool record says of it; 400
 * on the field when it is not one (another county's, or a cluster no longer only cultivated).
 */
export async function poolRecordOf(clusterId: string, countyCode: string): Promise<{ clusterId: string; figures: PoolFigures }> {
  const cluster = (await strapi.db.query('api::cluster.cluster').findOne({
    where: { documentId: clusterId, status: 'cultivating', county: { code: countyCode } },
    select: ['documentId', 'name', 'industryType', 'areaKm2', 'declarantName', 'operatorName'],
  })) as Record<string, unknown> | null;
  if (!cluster) invalid([{ path: 'clusterId', message: { zh: '该集群不在本县（市、区）的培育库中', en: "Not a cluster of your county's cultivation pool" } }]);
  const candidate = (await strapi.db.query('api::pool-candidate.pool-candidate').findOne({
    where: { cluster: { documentId: clusterId }, status: 'admitted' },
  })) as Record<string, unknown> | null;
  const number = (value: unknown) => (value == null ? null : Number(value));
  return {
    clusterId,
    figures: {
      name: String(cluster.name),
      industryType: INDUSTRY_TYPE_WORDS[cluster.industryType as IndustryTypeKey] ?? null,
      areaKm2: number(cluster.areaKm2),
      declarantName: (cluster.declarantName as string) ?? null,
      operatorName: (cluster.operatorName as string) ?? null,
      // A cluster put in the pool before the pool had records has no figures: only its cover is known.
      figuresYear: candidate ? Number(candidate.figuresYear) : 0,
      totalOutput: number(candidate?.totalOutput),
      firmCount: number(candidate?.firmCount),
      smeCount: number(candidate?.smeCount),
    },
  };
}
