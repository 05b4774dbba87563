import type { z } from 'zod';
import type { UID } from '@strapi/strapi';
import { canAccess, type Resource, type Role } from '@sme-cluster/rules';
import { claimVersion, findScoped } from '../console/controller';
import type { Filters } from '../console/resource';
import { codeOf } from '../console/regions';
import { roleMatrix } from '../lib/config';
import { conflict, forbidden } from '../lib/errors';
import type { StaffPrincipal } from '../lib/principal';
import { parseBody } from './access';

/** One action of a lifecycle (docs/domain.md §3): the state it leads to and, per role, the states it may start from. */
export interface ActionRule<S extends string> {
  to: S;
  by: Partial<Record<Role, S[]>>;
}

type ScopedResource = Parameters<typeof findScoped>[0];

/** A record of a lifecycle as its workflow reads it. */
export type Stateful<S extends string> = Record<string, unknown> & { documentId: string; status: S; version: number };

/**
 * A lifecycle's record type with its actions (applications, clusters). Names, not the console
 * resource itself: the resources import their workflow for the actions they show, so a workflow
 * declared beside them cannot hold them at load time.
 */
export interface Workflow<S extends string, A extends string> {
  uid: UID.ContentType;
  /** The resource of the role matrix whose `transition` grant scopes the actions. */
  resource: Resource;
  /** The record in messages: 申报 / application. */
  name: { zh: string; en: string };
  actions: readonly A[];
  rules: Record<A, ActionRule<S>>;
}

/** The actions the caller may start on this record now (role, region, state); preconditions are checked on the request. */
export function allowedActions<S extends string, A extends string>(workflow: Workflow<S, A>, principal: StaffPrincipal | undefined, entity: Record<string, unknown>): A[] {
  if (!principal) return [];
  const record = { prefectureCode: codeOf(entity.prefecture), countyCode: codeOf(entity.county) };
  if (!canAccess(roleMatrix(), principal, { action: 'transition', resource: workflow.resource, record })) return [];
  return workflow.actions.filter((action) => workflow.rules[action].by[principal.role]?.includes(entity.status as S));
}

/**
 * What every action checks before its own preconditions: the record in the caller's scope (404 —
 * before anything about the body is said), the body (400), the caller's role (403), the record's
 * state and the version the caller's screen shows (409).
 */
export async function startAction<S extends string, A extends string, E extends Stateful<S>, T extends z.ZodType<{ action: A; version?: number }>>(
  workflow: Workflow<S, A>,
  request: { principal: StaffPrincipal; scoped: Filters; id: string; body: unknown; from: ScopedResource; populate: Record<string, unknown>; schema: T },
): Promise<{ entity: E; input: z.output<T>; rule: ActionRule<S> }> {
  const entity = (await findScoped(request.from, request.id, request.scoped, request.populate)) as E;
  const input = parseBody(request.schema, request.body);
  const rule = workflow.rules[input.action];
  const from = rule.by[request.principal.role];
  if (!from) forbidden(`当前角色不能执行此操作 / Your role cannot ${input.action}`);
  if (!from.includes(entity.status) || (input.version !== undefined && input.version !== entity.version)) {
    conflict(`${workflow.name.zh}当前状态为“${entity.status}”，不能执行“${input.action}” / The ${workflow.name.en} is ${entity.status}; cannot ${input.action}`);
  }
  return { entity, input, rule };
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
