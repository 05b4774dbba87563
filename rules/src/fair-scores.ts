/**
 * Fair scores for the province's choice (择优, Art. 16): three ways of turning the experts' sheets on
 * a call's candidates into one ranking, shown side by side so a ranking that depends on the method
 * is seen as such. Only submitted sheets declared free of conflict count: an expert who has not
 * submitted abstains, one who declared a conflict recused itself.
 */
import { RANKING_METHODS, type RankingMethod } from './domain';

/** The trimmed mean drops the highest and the lowest score only from this many scores on: with fewer, too little would remain. */
export const TRIM_FROM = 5;
/** A candidate whose rank differs by this many places between two methods is marked. */
export const RANK_MOVE_FLAG = 3;

/** One expert's sheet on one candidate, as the ranking reads it. */
export interface RankedSheet {
  applicationId: string;
  expertId: string | number;
  weightedScore: number | null;
  submitted: boolean;
  conflictOfInterest: string;
  submittedAt: string | null;
}

export interface RankingRow {
  applicationId: string;
  /** The sheets that count: submitted and declared free of conflict. */
  sheets: number;
  /** Assigned sheets left out: not submitted (abstained) or conflicted (recused). */
  abstained: number;
  recused: number;
  scores: Record<RankingMethod, number | null>;
  /** 1 = best; null without a counted sheet. */
  ranks: Record<RankingMethod, number | null>;
  /** The largest difference between the ranks of two methods. */
  rankSpread: number;
  /** The rank moves by RANK_MOVE_FLAG places or more between methods. */
  moved: boolean;
}

const counts = (sheet: RankedSheet) =>
  sheet.submitted && sheet.conflictOfInterest === 'none' && sheet.weightedScore != null && Number.isFinite(sheet.weightedScore);
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The plain mean of the weighted scores, two decimals. */
export function plainMean(scores: readonly number[]): number | null {
  return scores.length ? round(mean(scores), 2) : null;
}

/** With at least TRIM_FROM scores, the mean without one highest and one lowest; with fewer, the plain mean. */
export function trimmedMean(scores: readonly number[]): number | null {
  if (scores.length < TRIM_FROM) return plainMean(scores);
  const sorted = [...scores].sort((a, b) => a - b);
  return round(mean(sorted.slice(1, -1)), 2);
}

/**
 * Each expert's scores as distances from that expert's own mean in that expert's standard deviations
 * (population), over every sheet it counted in the ranking: a strict and a lenient expert weigh the
 * same. An expert with one sheet, or with equal scores throughout, says nothing about the order: 0.
 */
export function expertZScores(sheets: readonly RankedSheet[]): Map<RankedSheet, number> {
  const byExpert = new Map<string, RankedSheet[]>();
  for (const sheet of sheets) byExpert.set(String(sheet.expertId), [...(byExpert.get(String(sheet.expertId)) ?? []), sheet]);
  const z = new Map<RankedSheet, number>();
  for (const own of byExpert.values()) {
    const values = own.map((sheet) => Number(sheet.weightedScore));
    const mu = mean(values);
    const sigma = Math.sqrt(mean(values.map((value) => (value - mu) ** 2)));
    own.forEach((sheet, index) => z.set(sheet, sigma > 1e-9 ? (values[index] - mu) / sigma : 0));
  }
  return z;
}

/**
 * The candidates ranked under each method. Ties (equal score as shown, to two decimals for the means
 * and three for z) are broken by: the higher plain weighted mean, then more counted sheets, then the
 * earlier time its last counted sheet was submitted, then the application's id (so the order never
 * depends on how the database returned the rows). Candidates without a counted sheet come last, unranked.
 */
export function rankCandidates(applicationIds: readonly string[], allSheets: readonly RankedSheet[]): RankingRow[] {
  const counted = allSheets.filter(counts);
  const z = expertZScores(counted);
  const rows = applicationIds.map((applicationId) => {
    const own = allSheets.filter((sheet) => sheet.applicationId === applicationId);
    const sheets = own.filter(counts);
    const scores = sheets.map((sheet) => Number(sheet.weightedScore));
    return {
      applicationId,
      sheets: sheets.length,
      abstained: own.filter((sheet) => !sheet.submitted && sheet.conflictOfInterest !== 'conflicted').length,
      recused: own.filter((sheet) => sheet.conflictOfInterest === 'conflicted').length,
      scores: {
        weightedMean: plainMean(scores),
        trimmedMean: trimmedMean(scores),
        zScore: sheets.length ? round(mean(sheets.map((sheet) => z.get(sheet)!)), 3) : null,
      },
      lastSubmittedAt:
        sheets
          .map((sheet) => sheet.submittedAt ?? '')
          .sort()
          .reverse()[0] ?? '',
      ranks: { weightedMean: null, trimmedMean: null, zScore: null } as Record<RankingMethod, number | null>,
      rankSpread: 0,
      moved: false,
    };
  });
  for (const method of RANKING_METHODS) {
    const ranked = rows.filter((row) => row.scores[method] !== null).sort((a, b) => compareUnder(method, a, b));
    ranked.forEach((row, index) => (row.ranks[method] = index + 1));
  }
  for (const row of rows) {
    const ranks = RANKING_METHODS.map((method) => row.ranks[method]).filter((rank): rank is number => rank !== null);
    row.rankSpread = ranks.length ? Math.max(...ranks) - Math.min(...ranks) : 0;
    row.moved = row.rankSpread >= RANK_MOVE_FLAG;
  }
  return rows.map(({ lastSubmittedAt: _, ...row }) => row);
}

type Comparable = { applicationId: string; sheets: number; scores: Record<RankingMethod, number | null>; lastSubmittedAt: string };

function compareUnder(method: RankingMethod, a: Comparable, b: Comparable): number {
  return (
    b.scores[method]! - a.scores[method]! ||
    b.scores.weightedMean! - a.scores.weightedMean! ||
    b.sheets - a.sheets ||
    a.lastSubmittedAt.localeCompare(b.lastSubmittedAt) ||
    a.applicationId.localeCompare(b.applicationId)
  );
}

/** The rows in the order of one method: ranked first by rank, then the unranked. */
export function orderedBy(method: RankingMethod, rows: readonly RankingRow[]): RankingRow[] {
  return [...rows].sort((a, b) => (a.ranks[method] ?? Infinity) - (b.ranks[method] ?? Infinity) || a.applicationId.localeCompare(b.applicationId));
}
