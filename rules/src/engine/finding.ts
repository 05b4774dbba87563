import type { Finding, Outcome, ThresholdValue } from './types';

/**
 * A rule's finding, always with all five keys in this order: evaluate reads
 * every rule's finding at one site, and one object shape keeps those reads
 * monomorphic (five shapes made them megamorphic, about 5 % of an evaluation).
 */
export function finding(
  outcome: Outcome,
  values: Record<string, unknown>,
  threshold: Record<string, ThresholdValue>,
  observed?: Finding['observed'],
  paths?: Finding['paths'],
): Finding {
  return { outcome, values, threshold, observed, paths };
}
