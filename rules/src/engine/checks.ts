import type { RuleId } from './catalog';
import type { RuleCheck } from './types';
import * as hard from './rules/hard';
import * as negative from './rules/negative';
import * as soft from './rules/soft';
import * as plan from './rules/plan';
import { FORM_CHECKS } from './rules/form-instance';

/** One check per catalog id; the Record type makes a missing or extra id a compile error. */
export const CHECKS: Record<RuleId, RuleCheck> = {
  'output.min': hard.outputMin,
  'output.sme_share': hard.outputSmeShare,
  'output.leading_share': hard.outputLeadingShare,
  'quality_smes.min': hard.qualitySmesMin,
  'rd.growth': hard.rdGrowth,
  'patents.growth': hard.patentsGrowth,
  'patents.per_10k': hard.patentsPer10k,
  'digital.iip': hard.digitalIip,
  'green.energy': hard.greenEnergy,
  'green.water': hard.greenWater,
  'negative.industry': negative.negativeIndustry,
  'negative.incidents': negative.negativeIncidents,
  'negative.integrity': negative.negativeIntegrity,
  'area.max': soft.areaMax,
  'leading.growth': soft.leadingGrowth,
  'consistency.leading_growth': soft.consistencyLeadingGrowth,
  'consistency.patents_per_10k': soft.consistencyPatentsPer10k,
  'evidence.checkboxes': soft.evidenceCheckboxes,
  'openness.activity': soft.opennessActivity,
  'chain.collaboration': soft.chainCollaboration,
  'governance.service': soft.governanceService,
  'form.complete': FORM_CHECKS.complete,
  'form.decimals': FORM_CHECKS.decimals,
  'form.text_length': FORM_CHECKS.textLength,
  'plan.output_growth': plan.planOutputGrowth,
  'plan.quality_smes': plan.planQualitySmes,
  'plan.rd_growth': plan.planRdGrowth,
  'plan.patents_growth': plan.planPatentsGrowth,
  'plan.iip': plan.planIip,
  'plan.co2': plan.planCo2,
  'plan.energy': plan.planEnergy,
  'plan.baseline': plan.planBaseline,
};
