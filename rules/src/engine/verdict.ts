import type { RuleKind } from './catalog';
import type { Outcome, Verdict } from './types';

/**
 * docs/domain.md §5.5, the only place the verdict is decided: ineligible if a hard or
 * negative-list rule fails; else incomplete if any rule is missing or a form.*
 * rule fails; else needs_review if any rule warns; else eligible. A warning
 * sends the application to review whatever the rule's kind (negative.incidents
 * warns on a 否, Art. 12 being narrower than the form's question).
 * Soft and plan rules never fail (they warn); should one, it counts as a warning.
 */
export function verdictOf(rules: ReadonlyArray<{ kind: RuleKind; outcome: Outcome }>): Verdict {
  let incomplete = false;
  let review = false;
  for (const { kind, outcome } of rules) {
    if (outcome === 'fail' && (kind === 'hard' || kind === 'negative')) return 'ineligible';
    if (outcome === 'missing' || (outcome === 'fail' && kind === 'form')) incomplete = true;
    else if (outcome === 'warn' || outcome === 'fail') review = true;
  }
  if (incomplete) return 'incomplete';
  return review ? 'needs_review' : 'eligible';
}
