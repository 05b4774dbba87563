import { conflictTies } from './expert-conflicts';
import { planAssignments, type AssignableExpert, type AssignmentCandidate } from './expert-assignment';

const seat = (countyCode: string, prefectureCode = '520100') => ({
  prefectureCode,
  countyCode,
  declarantName: `${countyCode}工信局`,
  operatorName: `${countyCode}运营公司`,
});
const candidate = (id: string, countyCode: string, assigned: string[] = []): AssignmentCandidate => ({ id, seat: seat(countyCode), assigned });
const expert = (id: string, regionCodes: string[] = [], load = 0, unit: string | null = null): AssignableExpert => ({
  id,
  ties: { unit, regionCodes, organizations: [] },
  load,
});
const loadsOf = (plan: ReturnType<typeof planAssignments>) => Object.fromEntries(plan.loads);

describe('assignment in one step', () => {
  it('gives every candidate N experts with equal loads when the seats divide evenly', () => {
    const candidates = Array.from({ length: 10 }, (_, i) => candidate(`A${i}`, `5201${10 + i}`));
    const plan = planAssignments({ candidates, experts: ['E1', 'E2', 'E3', 'E4'].map((id) => expert(id)), perCandidate: 2, cap: null });
    expect(plan.uncovered).toEqual([]);
    expect(plan.assignments).toHaveLength(20);
    expect(loadsOf(plan)).toEqual({ E1: 5, E2: 5, E3: 5, E4: 5 });
    for (const c of candidates) expect(new Set(plan.assignments.filter((a) => a.candidateId === c.id).map((a) => a.expertId)).size).toBe(2);
  });

  it('keeps loads within one of each other otherwise', () => {
    const candidates = Array.from({ length: 7 }, (_, i) => candidate(`A${i}`, `5201${10 + i}`));
    const plan = planAssignments({ candidates, experts: ['E1', 'E2', 'E3', 'E4'].map((id) => expert(id)), perCandidate: 2, cap: null });
    expect(loadsOf(plan)).toEqual({ E1: 4, E2: 4, E3: 3, E4: 3 });
  });

  it('never seats a tied expert, and still balances the others', () => {
    // E1 belongs to the prefecture of A0–A3, E2 serves the declaring body of A4.
    const candidates = [...Array.from({ length: 4 }, (_, i) => candidate(`A${i}`, `5201${10 + i}`)), candidate('A4', '520302'), candidate('A5', '520303')];
    candidates[4].seat = { ...seat('520302', '520300'), declarantName: '红花岗区工信局' };
    candidates[5].seat = seat('520303', '520300');
    const experts = [expert('E1', ['520100']), expert('E2', [], 0, '红花岗区工信局'), expert('E3'), expert('E4')];
    const plan = planAssignments({ candidates, experts, perCandidate: 2, cap: null });
    expect(plan.uncovered).toEqual([]);
    for (const { candidateId, expertId } of plan.assignments) {
      const c = candidates.find((x) => x.id === candidateId)!;
      expect(conflictTies(experts.find((e) => e.id === expertId)!.ties, c.seat)).toEqual([]);
    }
    // E1 may sit only on A4 and A5: it does, the other eight seats go to E2–E4 as evenly as they can.
    expect(plan.assignments.filter((a) => a.expertId === 'E1').map((a) => a.candidateId)).toEqual(['A4', 'A5']);
    expect(loadsOf(plan).E1).toBe(2);
    expect([plan.loads.get('E2'), plan.loads.get('E3'), plan.loads.get('E4')].sort()).toEqual([3, 3, 4]);
  });

  it('keeps the experts already seated, counts their sheets, and adds only what is missing', () => {
    const plan = planAssignments({
      candidates: [candidate('A0', '520111', ['E1']), candidate('A1', '520112')],
      experts: [expert('E1', [], 3), expert('E2'), expert('E3')],
      perCandidate: 2,
      cap: null,
    });
    expect(plan.assignments).toEqual([
      { candidateId: 'A0', expertId: 'E2' },
      { candidateId: 'A1', expertId: 'E2' },
      { candidateId: 'A1', expertId: 'E3' },
    ]);
    expect(loadsOf(plan)).toEqual({ E1: 3, E2: 2, E3: 1 });
  });

  it('holds every expert to the cap, moving a seat to make room where that covers a candidate', () => {
    // A is tied to Y's county, C to X's and Z's: X→A and Y→B first; Z needs A or B, both full, so Y moves to C.
    const plan = planAssignments({
      candidates: [candidate('X', '520111'), candidate('Y', '520112'), candidate('Z', '520113')],
      experts: [expert('A', ['520112']), expert('B'), expert('C', ['520111', '520113'])],
      perCandidate: 1,
      cap: 1,
    });
    expect(plan.uncovered).toEqual([]);
    expect(plan.assignments).toEqual([
      { candidateId: 'X', expertId: 'A' },
      { candidateId: 'Y', expertId: 'C' },
      { candidateId: 'Z', expertId: 'B' },
    ]);
  });

  it('says which candidates cannot be covered, and why', () => {
    const capped = planAssignments({
      candidates: ['A0', 'A1', 'A2', 'A3'].map((id, i) => candidate(id, `52011${i}`)),
      experts: [expert('E1'), expert('E2'), expert('E3')],
      perCandidate: 1,
      cap: 1,
    });
    expect(capped.uncovered).toEqual([{ candidateId: 'A3', missing: 1, eligible: 3 }]);
    const tied = planAssignments({
      candidates: [candidate('A0', '520111'), candidate('A1', '520112')],
      experts: [expert('E1', ['520111']), expert('E2')],
      perCandidate: 2,
      cap: null,
    });
    expect(tied.uncovered).toEqual([{ candidateId: 'A0', missing: 1, eligible: 1 }]);
  });
});
