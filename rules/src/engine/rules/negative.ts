// docs/domain.md §5.2 (Art. 12): each declaration fails unless answered 是 — except the
// incidents one, which warns (see negativeIncidents).
import type { RuleContext } from '../types';
import { checkAnswer } from './shared';

const DECLARED = ['是'] as const;

export const negativeIndustry = ({ facts }: RuleContext) => checkAnswer('basic.notProhibitedIndustry', facts.notProhibitedIndustry, DECLARED);
/**
 * The form asks about accidents 较大及以上 while Art. 12 excludes only 重大及以上:
 * a 否 may be a 较大 accident, which Art. 12 allows, so a reviewer establishes
 * the severity (warn) instead of the rule declaring the application ineligible.
 */
export const negativeIncidents = ({ facts }: RuleContext) => checkAnswer('basic.noMajorIncidents', facts.noMajorIncidents, DECLARED, 'warn');
export const negativeIntegrity = ({ facts }: RuleContext) => checkAnswer('basic.noMisconduct', facts.noMisconduct, DECLARED);
