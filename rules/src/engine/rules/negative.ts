// DOMAIN §5.2 (Art. 12): each declaration fails unless answered 是.
import type { RuleContext } from '../types';
import { checkAnswer } from './shared';

const DECLARED = ['是'] as const;

export const negativeIndustry = (ctx: RuleContext) =>
  checkAnswer('basic.notProhibitedIndustry', ctx.form.basic?.notProhibitedIndustry, DECLARED);
export const negativeIncidents = (ctx: RuleContext) =>
  checkAnswer('basic.noMajorIncidents', ctx.form.basic?.noMajorIncidents, DECLARED);
export const negativeIntegrity = (ctx: RuleContext) =>
  checkAnswer('basic.noMisconduct', ctx.form.basic?.noMisconduct, DECLARED);
