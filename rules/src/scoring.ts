/**
 * Expert scoring (专家评审): a score sheet rates each criterion of the call's scheme; the province
 * ranks by the weighted mean (择优, Art. 16). One formula for the server that stores it and the
 * console that shows it live.
 */
import type { Criterion } from './settings';
import { hasAtMostTwoDecimals } from './form';
import type { Bilingual } from './form';
export interface CriterionScore {
  criterionKey: string;
  score: number | null;
}

/**
 * What is wrong with one score, or undefined: a score lies within 0..the criterion's maximum and
 * has at most two decimals, like the form's figures. The server refuses what this refuses and the
 * score sheet says so under the input, in the same words.
 */
export function scoreProblem(score: number, maxScore: number): Bilingual | undefined {
  if (!Number.isFinite(score)) return { zh: '请填写数字分值', en: 'Enter a number' };
  if (score < 0 || score > maxScore) return { zh: `分值应在0到${maxScore}之间`, en: `Must be between 0 and ${maxScore}` };
  if (!hasAtMostTwoDecimals(score)) return { zh: '分值最多保留两位小数', en: 'At most 2 decimal places' };
  return undefined;
}

const totalWeight = (criteria: readonly Criterion[]) => criteria.reduce((sum, criterion) => sum + Number(criterion.weight), 0);

/** A criterion's share of the whole scheme in percent, whatever scale the weights are written in. */
export function weightShare(criterion: Criterion, criteria: readonly Criterion[]): number {
  const total = totalWeight(criteria);
  return total ? (Number(criterion.weight) / total) * 100 : 0;
}

/** The weighted total out of 100: each criterion as a percentage of its maximum; an unscored one counts 0. */
export function weightedScore(criteria: readonly Criterion[], scores: readonly CriterionScore[]): number {
  const total = totalWeight(criteria);
  if (!total) return 0;
  const sum = criteria.reduce((acc, criterion) => {
    const score = Number(scores.find((s) => s.criterionKey === criterion.key)?.score ?? 0) || 0;
    return acc + Number(criterion.weight) * (score / Number(criterion.maxScore)) * 100;
  }, 0);
  return Math.round((sum / total) * 100) / 100;
}
