import { z } from 'zod';
import type { UID } from '@strapi/strapi';
import { actsOn, canAccess, mayStart, actionsFrom, STATUS_LABELS, type Lifecycle, type Role, type Status } from '@sme-cluster/rules';
import { claimVersion, findScoped } from '../records/access';
import type { Filters } from '../records/resource';
import { codeOf } from '../records/regions';
import { roleMatrix } from '../lib/config';
import { conflict, forbidden, invalid } from '../lib/errors';
import type { StaffPrincipal } from '../lib/principal';
import { parseBody } from './access';

/** A lifecycle of rules/ as the server runs it: the declaration and the content type its records live in. */
/**
 * The body of one lifecycle action: which action, the official's comment (a reason where the
 * action needs one), and the version the caller's screen shows — a different one means it is stale.
 */
export function actionBody<A extends readonly [string, ...string[]]>(actions: A) {
  return z.object({
    action: z.enum(actions),
    comment: z.string().trim().max(2000).optional().default(''),
    version: z.number().int().min(0).optional(),
  });
}

export interface Workflow<S extends string, A extends string> {
  lifecycle: Lifecycle<S, A>;
  uid: UID.ContentType;
  /** The actions a role may take on a record when its state alone does not say (a cluster's re-review request); else the lifecycle's. */
  actionsFor?(role: Role, entity: Stateful<S>): A[];
}

/** A record of a lifecycle as its workflow reads it. */
export type Stateful<S extends string> = Record<string, unknown> & { documentId: string; status: S; version: number };

/** The actions the caller may start on this record now (role, region, state); preconditions are checked on the request. */
export function allowedActions<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  principal: StaffPrincipal | undefined,
  entity: Record<string, unknown>,
): A[] {
  if (!principal) return [];
  const record = { prefectureCode: codeOf(entity.prefecture), countyCode: codeOf(entity.county) };
  if (!canAccess(roleMatrix(), principal, { action: 'transition', resource: workflow.lifecycle.resource, record })) return [];
  const stateful = entity as Stateful<S>;
  return workflow.actionsFor ? workflow.actionsFor(principal.role, stateful) : actionsFrom(workflow.lifecycle, principal.role, stateful.status);
}

const stateWord = (state: string) => STATUS_LABELS[state as Status]?.zh ?? state;

/** Why a record's state does not allow an action (409 on one record, a refused item of a batch). */
export function stateRefusal(lifecycle: Lifecycle<string, string>, state: string, action: string): { zh: string; en: string } {
  return {
    zh: `${lifecycle.name.zh}当前状态为“${stateWord(state)}”，不能执行此操作`,
    en: `The ${lifecycle.name.en} is ${state}; cannot ${action}`,
  };
}

/**
 * What every action checks before its own preconditions: the record in the caller's scope (404 —
 * before anything about the body is said), the body (400), the caller's role (403), the record's
 * state and the version the caller's screen shows (409), and the reason a decision carries (400).
 */
export async function startAction<
  S extends string,
  A extends string,
  E extends Stateful<S>,
  T extends z.ZodType<{ action: A; comment?: string; version?: number }>,
>(
  workflow: Workflow<S, A>,
  request: { principal: StaffPrincipal; scoped: Filters; id: string; body: unknown; populate: Record<string, unknown>; schema: T },
): Promise<{ entity: E; input: z.output<T>; to: S }> {
  const { lifecycle } = workflow;
  const entity = (await findScoped({ uid: workflow.uid, idField: 'documentId' }, request.id, request.scoped, request.populate)) as E;
  const input = parseBody(request.schema, request.body);
  const { principal } = request;
  if (!actsOn(lifecycle, principal.role, input.action)) forbidden(`当前角色不能执行此操作 / Your role cannot ${input.action}`);
  if (!mayStart(lifecycle, principal.role, input.action, entity.status) || (input.version !== undefined && input.version !== entity.version)) {
    const refusal = stateRefusal(lifecycle, entity.status, input.action);
    conflict(`${refusal.zh} / ${refusal.en}`);
  }
  const step = lifecycle.steps[input.action];
  if (step.reason && !input.comment) invalid([{ path: 'comment', message: { zh: '请填写理由', en: 'Give the reason' } }]);
  return { entity, input, to: step.to };
}

/**
 * Runs an action's writes in one transaction that first claims the record at the version and state
 * read: a concurrent action that got there first makes this one 409 with nothing written.
 */
export async function inClaimedTransaction<S extends string, T>(workflow: Workflow<S, string>, entity: Stateful<S>, work: () => Promise<T>): Promise<T> {
  return await strapi.db.transaction(async () => {
    await claimVersion(workflow.uid, entity.documentId, entity.version, { status: entity.status });
    return work();
  });
}
