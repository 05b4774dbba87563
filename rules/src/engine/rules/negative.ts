// DOMAIN §5.2 (Art. 12): each declaration fails unless answered 是.
import type { RuleContext } from '../types';
import { checkAnswer } from './shared';

const DECLARED = ['是'] as const;

export const negativeIndustry = ({ facts }: RuleContext) =>
  checkAnswer('basic.notProhibitedIndustry', facts.notProhibitedIndustry, DECLARED);
export const negativeIncidents = ({ facts }: RuleContext) =>
  checkAnswer('basic.noMajorIncidents', facts.noMajorIncidents, DECLARED);
export const negativeIntegrity = ({ facts }: RuleContext) =>
  checkAnswer('basic.noMisconduct', facts.noMisconduct, DECLARED);
