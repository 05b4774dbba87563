/**
 * Assignment in one step: the province gives each candidate of a call (or of a selection) N experts
 * at once. An expert tied to a candidate (rules/src/expert-conflicts.ts) is never chosen, no expert
 * goes over the cap, and the loads stay within one of each other wherever the ties allow it. The
 * province changes single assignments afterwards by hand.
 */
import { conflictTies, type CandidateSeat, type ExpertTies } from './expert-conflicts';

export interface AssignmentCandidate {
  id: string;
  seat: CandidateSeat;
  /** Experts already on it (kept, and counted towards its N). */
  assigned: ReadonlyArray<string | number>;
}

export interface AssignableExpert {
  id: string | number;
  ties: ExpertTies;
  /** Sheets it already holds in the call: the balance and the cap count them. */
  load: number;
}

export interface AssignmentRequest {
  candidates: readonly AssignmentCandidate[];
  experts: readonly AssignableExpert[];
  perCandidate: number;
  /** The most sheets one expert holds in the call, existing ones included; null: no cap. */
  cap: number | null;
}

export interface AssignmentPlan {
  /** The new assignments, in the order of the candidates. */
  assignments: Array<{ candidateId: string; expertId: string | number }>;
  /** Candidates that could not get N experts: how many are missing, and how many untied experts there are at all. */
  uncovered: Array<{ candidateId: string; missing: number; eligible: number }>;
  /** Each expert's load in the call afterwards. */
  loads: Map<string, number>;
}

const key = (id: string | number) => String(id);

/**
 * Most constrained candidate first, least-loaded eligible expert for each open seat (ties: the
 * expert's order in the request); a seat no expert can take frees one by moving an assignment of a
 * capped expert to another; then assignments move from the most to the least loaded expert while
 * both are eligible, until no move narrows the spread.
 */
export function planAssignments(request: AssignmentRequest): AssignmentPlan {
  const { candidates, experts, perCandidate, cap } = request;
  const loads = new Map(experts.map((expert) => [key(expert.id), expert.load]));
  const ids = new Map(experts.map((expert) => [key(expert.id), expert.id]));
  const order = new Map(experts.map((expert, index) => [key(expert.id), index]));
  const room = (expertId: string) => cap === null || loads.get(expertId)! < cap;
  // Who may sit on what: never a tied expert.
  const eligible = new Map(
    candidates.map((candidate) => [candidate.id, experts.filter((expert) => conflictTies(expert.ties, candidate.seat).length === 0).map((e) => key(e.id))]),
  );
  const seated = new Map(candidates.map((candidate) => [candidate.id, new Set(candidate.assigned.map(key))]));
  const added = new Map(candidates.map((candidate) => [candidate.id, new Set<string>()]));
  const assign = (candidateId: string, expertId: string) => {
    seated.get(candidateId)!.add(expertId);
    added.get(candidateId)!.add(expertId);
    loads.set(expertId, loads.get(expertId)! + 1);
  };
  const unassign = (candidateId: string, expertId: string) => {
    seated.get(candidateId)!.delete(expertId);
    added.get(candidateId)!.delete(expertId);
    loads.set(expertId, loads.get(expertId)! - 1);
  };
  const byLoad = (a: string, b: string) => loads.get(a)! - loads.get(b)! || order.get(a)! - order.get(b)!;

  const queue = [...candidates].sort((a, b) => eligible.get(a.id)!.length - eligible.get(b.id)!.length);
  for (const candidate of queue) {
    const open = () => perCandidate - seated.get(candidate.id)!.size;
    while (open() > 0) {
      const free = eligible.get(candidate.id)!.filter((expertId) => !seated.get(candidate.id)!.has(expertId));
      const choice = free.filter(room).sort(byLoad)[0];
      if (choice) {
        assign(candidate.id, choice);
        continue;
      }
      // Every free expert is at its cap: one of them hands a seat it holds to an expert with room.
      const freed = free.some((full) =>
        [...added].some(([otherId, experts]) => {
          if (!experts.has(full)) return false;
          const substitute = eligible
            .get(otherId)!
            .filter((expertId) => room(expertId) && !seated.get(otherId)!.has(expertId))
            .sort(byLoad)[0];
          if (!substitute) return false;
          unassign(otherId, full);
          assign(otherId, substitute);
          assign(candidate.id, full);
          return true;
        }),
      );
      if (!freed) break;
    }
  }

  // Balance: a move from the most to the least loaded pair that can trade narrows the spread.
  for (let moved = true; moved;) {
    moved = false;
    const ranked = [...loads.keys()].sort(byLoad);
    for (const low of ranked) {
      for (const high of [...ranked].reverse()) {
        if (loads.get(high)! - loads.get(low)! < 2) break;
        const movable = [...added].find(
          ([candidateId, experts]) => experts.has(high) && !seated.get(candidateId)!.has(low) && eligible.get(candidateId)!.includes(low),
        );
        if (movable) {
          unassign(movable[0], high);
          assign(movable[0], low);
          moved = true;
          break;
        }
      }
      if (moved) break;
    }
  }

  return {
    assignments: candidates.flatMap((candidate) =>
      [...added.get(candidate.id)!]
        .sort((a, b) => order.get(a)! - order.get(b)!)
        .map((expertId) => ({ candidateId: candidate.id, expertId: ids.get(expertId)! })),
    ),
    uncovered: candidates
      .filter((candidate) => seated.get(candidate.id)!.size < perCandidate)
      .map((candidate) => ({
        candidateId: candidate.id,
        missing: perCandidate - seated.get(candidate.id)!.size,
        eligible: eligible.get(candidate.id)!.length,
      })),
    loads,
  };
}
