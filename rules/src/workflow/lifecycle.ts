import type { Resource, Role } from '../access';
import type { Label } from '../domain';

/** One action of a lifecycle: the state it leads to and, per role, the states it may start from. */
export interface Step<S extends string> {
  to: S;
  by: Partial<Record<Role, readonly S[]>>;
  /** A decision against someone carries its reason: the action needs a comment. */
  reason?: true;
}

/**
 * A record's lifecycle as data (docs/domain.md §3): its states, its actions in the order the console
 * shows them, and who may take each from where. The server executes it; the console reads the same
 * object for its buttons and dashboard counts. Region comes from the role matrix, not from here.
 */
export interface Lifecycle<S extends string, A extends string> {
  /** The role-matrix resource whose `transition` (or `update`) grant scopes the actions. */
  resource: Resource;
  /** The record in messages: 申报 / application. */
  name: Label;
  states: readonly S[];
  actions: readonly A[];
  steps: Record<A, Step<S>>;
}

/** The actions `role` may start on a record in `state`, in the lifecycle's order. */
export function actionsFrom<S extends string, A extends string>(lifecycle: Lifecycle<S, A>, role: Role, state: S): A[] {
  return lifecycle.actions.filter((action) => lifecycle.steps[action].by[role]?.includes(state));
}

/** Whether `role` may start `action` on a record in `state`. */
export function mayStart<S extends string, A extends string>(lifecycle: Lifecycle<S, A>, role: Role, action: A, state: S): boolean {
  return Boolean(lifecycle.steps[action].by[role]?.includes(state));
}

/**
 * The states in which a record waits on `role`: those it may take a step from, in the lifecycle's order.
 * A step that stays in its state (a mark such as 拟推荐国家级) is something the role may do, not a record waiting on it.
 */
export function statesAwaiting<S extends string, A extends string>(lifecycle: Lifecycle<S, A>, role: Role): S[] {
  const waiting = new Set<S>(
    lifecycle.actions.flatMap((action) => (lifecycle.steps[action].by[role] ?? []).filter((state) => state !== lifecycle.steps[action].to)),
  );
  return lifecycle.states.filter((state) => waiting.has(state));
}

/** Whether a role may act on the lifecycle at all (a 403 before the state is looked at). */
export function actsOn<S extends string, A extends string>(lifecycle: Lifecycle<S, A>, role: Role, action: A): boolean {
  return lifecycle.steps[action].by[role] !== undefined;
}

/** The states the lifecycle's actions lead to, e.g. the only states an update may ask for. */
export function targetsOf<S extends string, A extends string>(lifecycle: Lifecycle<S, A>): S[] {
  const targets = new Set(lifecycle.actions.map((action) => lifecycle.steps[action].to));
  return lifecycle.states.filter((state) => targets.has(state));
}

/**
 * The states some role may still move a record out of; the others are final. A step that stays in its
 * state (a mark such as 拟推荐国家级) does not reopen a decided record.
 */
export function openStates<S extends string, A extends string>(lifecycle: Lifecycle<S, A>): S[] {
  const from = new Set(
    lifecycle.actions.flatMap((action) =>
      Object.values<readonly S[] | undefined>(lifecycle.steps[action].by).flatMap((states) =>
        (states ?? []).filter((state) => state !== lifecycle.steps[action].to),
      ),
    ),
  );
  return lifecycle.states.filter((state) => from.has(state));
}
