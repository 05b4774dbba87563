/**
 * Conflicts of interest known before an expert sees anything: an expert tied to the candidate's
 * county or prefecture, or to its declaring body or operating organization, is neither offered nor
 * assigned the application (the province may overrule with a recorded reason). What the expert
 * alone knows is still declared on the sheet before the form opens.
 */
import type { Label } from './domain';

/** What ties an expert: its work unit, the counties or prefectures it belongs to, other organizations it serves. */
export interface ExpertTies {
  unit: string | null;
  /** GB/T 2260 codes of counties or prefectures. */
  regionCodes: readonly string[];
  organizations: readonly string[];
}

/** Where a candidate sits: its county and prefecture, its declaring body and its operator. */
export interface CandidateSeat {
  prefectureCode: string | null;
  countyCode: string | null;
  declarantName: string | null;
  operatorName: string | null;
}

export const CONFLICT_TIES = ['county', 'prefecture', 'organization'] as const;
export type ConflictTie = (typeof CONFLICT_TIES)[number];
export const CONFLICT_TIE_LABELS: Record<ConflictTie, Label> = {
  county: { zh: '专家与申报县（市、区）有关联', en: "Tied to the candidate's county" },
  prefecture: { zh: '专家与申报市（州）有关联', en: "Tied to the candidate's prefecture" },
  organization: { zh: '专家与申报单位或运营管理机构有关联', en: 'Tied to the declaring body or the operator' },
};

/** One way of writing an organization's name: full-width and half-width forms alike, no spaces. */
export function organizationKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** The organizations an expert lists, one a line (as /admin stores them), without blanks. */
export function organizationLines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The ties between an expert and a candidate, in the order of CONFLICT_TIES; none means the expert may be offered it. */
export function conflictTies(expert: ExpertTies, candidate: CandidateSeat): ConflictTie[] {
  const regions = new Set(expert.regionCodes);
  const organizations = new Set([expert.unit ?? '', ...expert.organizations].map(organizationKey).filter(Boolean));
  const ties: ConflictTie[] = [];
  if (candidate.countyCode && regions.has(candidate.countyCode)) ties.push('county');
  if (candidate.prefectureCode && regions.has(candidate.prefectureCode)) ties.push('prefecture');
  if ([candidate.declarantName, candidate.operatorName].some((name) => name && organizations.has(organizationKey(name)))) ties.push('organization');
  return ties;
}
