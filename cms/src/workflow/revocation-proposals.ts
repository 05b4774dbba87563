import { z } from 'zod';
import {
  IN_EFFECT_STATUSES,
  REVOCATION_GROUND_ARTICLES,
  actsOn,
  canAccess,
  actionsFrom,
  mayStart,
  revocationProposalLifecycle,
  todayInShanghai,
  type RevocationDecision,
  type RevocationGround,
  type RevocationProposalStatus,
} from '@sme-cluster/rules';
import { findScoped } from '../records/access';
import { codeOf } from '../records/regions';
import type { Filters } from '../records/resource';
import { recordAudit } from '../lib/audit';
import { roleMatrix } from '../lib/config';
import { conflict, forbidden, invalid, statusOf, unprocessable } from '../lib/errors';
import type { StaffPrincipal } from '../lib/principal';
import { parseBody } from './access';
import { notify, regionStaff } from './notices';

const GROUND = 'api::revocation-ground.revocation-ground';
const CLUSTER = 'api::cluster.cluster';
const regionCodes = { prefecture: { fields: ['code'] }, county: { fields: ['code'] } };
export const proposalPopulate = { cluster: { fields: ['name', 'status', 'version'], populate: regionCodes } };

/** The province decides several proposals at once (the whole filtered list): each is decided on its own. */
const decisionSchema = z.object({
  ids: z.array(z.string().min(1)).min(1).max(500),
  decision: z.enum(revocationProposalLifecycle.actions as [RevocationDecision, ...RevocationDecision[]]),
  comment: z.string().trim().max(2000).optional().default(''),
});

interface ProposalCluster {
  id: number;
  documentId: string;
  name: string;
  status: string;
  version: number;
  prefecture: { code: string } | null;
  county: { code: string } | null;
}
type Proposal = Record<string, unknown> & {
  id: number;
  documentId: string;
  ground: RevocationGround;
  status: RevocationProposalStatus;
  cluster: ProposalCluster | null;
};

/** The region of a proposal is its cluster's. */
export const proposalRegion = (entity: Record<string, unknown>) => {
  const cluster = entity.cluster as ProposalCluster | null;
  return { prefectureCode: codeOf(cluster?.prefecture), countyCode: codeOf(cluster?.county) };
};

/** The decisions the caller may take on a proposal now. */
export function allowedProposalActions(principal: StaffPrincipal | undefined, entity: Record<string, unknown>): RevocationDecision[] {
  if (!principal || !canAccess(roleMatrix(), principal, { action: 'transition', resource: 'revocation-grounds', record: proposalRegion(entity) })) return [];
  return actionsFrom(revocationProposalLifecycle, principal.role, entity.status as RevocationProposalStatus);
}

const groundText = (ground: RevocationGround) => {
  const { item, zh } = REVOCATION_GROUND_ARTICLES[ground];
  return `第二十条${item}${zh}`;
};

/**
 * One decision, in one transaction with its audit events and notices: the proposal claimed while still
 * proposed (a concurrent decision gets 409); on confirmation the cluster, still in effect, is revoked
 * with this ground, every other open proposal of it closed with it, and its county and city told.
 */
async function decideOne(
  principal: StaffPrincipal,
  scoped: Filters,
  id: string,
  decision: RevocationDecision,
  comment: string,
  now: Date,
): Promise<RevocationProposalStatus> {
  const proposal = (await findScoped({ uid: GROUND, idField: 'documentId' }, id, scoped, proposalPopulate)) as Proposal;
  if (!mayStart(revocationProposalLifecycle, principal.role, decision, proposal.status)) conflict('该撤销建议已处理 / The proposal was already decided');
  const to = revocationProposalLifecycle.steps[decision].to;
  const cluster = proposal.cluster!;
  const today = todayInShanghai(now);
  const region = proposalRegion(proposal);
  await strapi.db.transaction(async () => {
    const decided = { status: to, decidedAt: now, decisionComment: comment, appliedAt: decision === 'confirm' ? now : null, updatedAt: now };
    const { count } = await strapi.db.query(GROUND).updateMany({ where: { id: proposal.id, status: 'proposed' }, data: decided });
    if (count === 0) conflict('该撤销建议已处理 / The proposal was already decided');
    await recordAudit({
      actor: principal,
      action: decision,
      subjectType: 'revocation-ground',
      subjectId: id,
      ...region,
      fromState: 'proposed',
      toState: to,
      comment,
      details: { cluster: cluster.documentId, ground: proposal.ground },
    });
    if (decision === 'dismiss') return;

    const revoked = await strapi.db.query(CLUSTER).updateMany({
      where: { id: cluster.id, status: { $in: IN_EFFECT_STATUSES }, version: cluster.version },
      data: { status: 'revoked', revocationGround: proposal.ground, revokedAt: today, version: cluster.version + 1, updatedAt: now },
    });
    if (revoked.count === 0) unprocessable('集群已不在认定有效期内或刚被修改，不能撤销 / The cluster is no longer in effect or just changed');
    // The other open grounds of the cluster are applied with this revocation.
    const others = (await strapi.db.query(GROUND).findMany({ where: { cluster: { id: cluster.id }, status: 'proposed' }, select: ['id'] })) as Array<{
      id: number;
    }>;
    if (others.length) await strapi.db.query(GROUND).updateMany({ where: { id: { $in: others.map((row) => row.id) } }, data: decided });
    await recordAudit({
      actor: principal,
      action: 'revoke',
      subjectType: 'cluster',
      subjectId: cluster.documentId,
      ...region,
      fromState: cluster.status,
      toState: 'revoked',
      comment,
      details: { ground: proposal.ground, proposal: id },
    });
    await notify(await regionStaff([region.prefectureCode, region.countyCode]), {
      kind: 'cluster_revoked',
      title: `集群认定已撤销：${cluster.name}`,
      body: `依据《贵州省促进中小企业特色产业集群发展暂行办法》${groundText(proposal.ground)}，省工业和信息化厅于 ${today} 撤销该集群的省级认定。理由：${comment}`,
      subjectType: 'cluster',
      subjectId: cluster.documentId,
    });
  });
  return to;
}

export interface DecisionResult {
  id: string;
  outcome: 'done' | 'refused';
  status?: RevocationProposalStatus;
  /** Why it was refused (404 outside the scope, 409 already decided, 422 the cluster no longer in effect). */
  code?: number;
  message?: string;
}

/** Confirms or dismisses proposals, each on its own: what went through and what was refused, and why. */
export async function decideProposals(principal: StaffPrincipal, scoped: Filters, body: unknown, now = new Date()): Promise<{ results: DecisionResult[] }> {
  const input = parseBody(decisionSchema, body);
  if (!actsOn(revocationProposalLifecycle, principal.role, input.decision)) forbidden('当前角色不能决定撤销 / Your role cannot decide revocations');
  if (revocationProposalLifecycle.steps[input.decision].reason && !input.comment)
    invalid([{ path: 'comment', message: { zh: '请填写理由', en: 'Give the reason' } }]);
  const results: DecisionResult[] = [];
  for (const id of new Set(input.ids)) {
    try {
      results.push({ id, outcome: 'done', status: await decideOne(principal, scoped, id, input.decision, input.comment, now) });
    } catch (error) {
      const status = statusOf(error);
      if (!status || status >= 500) throw error;
      results.push({ id, outcome: 'refused', code: status, message: (error as Error).message });
    }
  }
  return { results };
}
