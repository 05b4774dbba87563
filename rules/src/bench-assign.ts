/// <reference types="node" />
// npm run bench:assign: one-step expert assignment of 500 candidates × 100 experts (5 experts each,
// cap 26), with ties as a province has them: every expert tied to one or two counties or a whole
// prefecture, one in five to the declaring body of some candidate. Prints the time of the plan and
// counts the tied assignments by checking every one again.
import { conflictTies, type CandidateSeat } from './expert-conflicts';
import { planAssignments, type AssignableExpert, type AssignmentCandidate } from './expert-assignment';

const CANDIDATES = 500;
const EXPERTS = 100;
const PER_CANDIDATE = 5;
const CAP = Math.ceil((CANDIDATES * PER_CANDIDATE) / EXPERTS) + 1;
const ROUNDS = 5;
const SEED = 20261205;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(SEED);
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
const PREFECTURES = ['520100', '520200', '520300', '520400', '520500', '520600', '522300', '522600', '522700'];
// About ten counties a prefecture, as in Guizhou (88 county-level divisions).
const COUNTIES = PREFECTURES.flatMap((prefecture) => Array.from({ length: 10 }, (_, i) => `${prefecture.slice(0, 4)}${String(i + 2).padStart(2, '0')}`));
const prefectureOf = (county: string) => `${county.slice(0, 4)}00`;

const seats: CandidateSeat[] = Array.from({ length: CANDIDATES }, (_, i) => {
  const county = pick(COUNTIES);
  return { prefectureCode: prefectureOf(county), countyCode: county, declarantName: `申报单位${i}`, operatorName: `运营机构${i}` };
});
const candidates: AssignmentCandidate[] = seats.map((seat, i) => ({ id: `A${i}`, seat, assigned: [] }));
const experts: AssignableExpert[] = Array.from({ length: EXPERTS }, (_, i) => {
  const roll = next();
  const regionCodes = roll < 0.3 ? [pick(PREFECTURES)] : roll < 0.7 ? [pick(COUNTIES), pick(COUNTIES)] : [pick(COUNTIES)];
  return { id: i + 1, load: 0, ties: { unit: next() < 0.2 ? `申报单位${Math.floor(next() * CANDIDATES)}` : `高校${i}`, regionCodes, organizations: [] } };
});

const times: number[] = [];
let plan = planAssignments({ candidates, experts, perCandidate: PER_CANDIDATE, cap: CAP });
for (let round = 0; round < ROUNDS; round++) {
  const started = process.hrtime.bigint();
  plan = planAssignments({ candidates, experts, perCandidate: PER_CANDIDATE, cap: CAP });
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
const byId = new Map(experts.map((expert) => [expert.id, expert]));
const bySeat = new Map(candidates.map((candidate) => [candidate.id, candidate.seat]));
const conflicted = plan.assignments.filter(({ candidateId, expertId }) => conflictTies(byId.get(expertId)!.ties, bySeat.get(candidateId)!).length > 0).length;
const tiedPairs = candidates.reduce((sum, c) => sum + experts.filter((e) => conflictTies(e.ties, c.seat).length > 0).length, 0);
const loads = [...plan.loads.values()];
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(`expert assignment: ${CANDIDATES} candidates × ${EXPERTS} experts, ${PER_CANDIDATE} each, cap ${CAP}`);
console.log(`  tied expert–candidate pairs excluded: ${tiedPairs} of ${CANDIDATES * EXPERTS}`);
console.log(`  time per plan: median ${median.toFixed(1)} ms (rounds: ${times.map((t) => t.toFixed(1)).join(', ')} ms)`);
console.log(`  assignments: ${plan.assignments.length}, conflicted: ${conflicted}, uncovered candidates: ${plan.uncovered.length}`);
console.log(`  load per expert: min ${Math.min(...loads)}, max ${Math.max(...loads)}`);
if (conflicted > 0 || median >= 1000) process.exitCode = 1;
