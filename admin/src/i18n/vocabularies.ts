import {
  ACTOR_LABELS,
  CHANGE_KIND_LABELS,
  CONFLICT_DECLARATION_LABELS,
  INDUSTRY_TYPE_LABELS,
  RANKING_METHOD_LABELS,
  JOB_LABELS,
  REGION_LEVEL_LABELS,
  RENEWAL_OUTCOME_LABELS,
  REVOCATION_GROUND_LABELS,
  REVOCATION_GROUND_SOURCE_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  VERDICT_LABELS,
  labelsIn,
  type Language,
} from '@sme-cluster/rules';

/**
 * The `sme.<vocabulary>.<key>` messages of the domain's closed vocabularies in one language, made
 * from their one declaration in @sme-cluster/rules (which the server's documents print too).
 */
export const vocabularyMessages = (language: Language) => ({
  role: labelsIn(language, ROLE_LABELS),
  actor: labelsIn(language, ACTOR_LABELS),
  status: labelsIn(language, STATUS_LABELS),
  verdict: labelsIn(language, VERDICT_LABELS),
  revocationGround: labelsIn(language, REVOCATION_GROUND_LABELS),
  groundSource: labelsIn(language, REVOCATION_GROUND_SOURCE_LABELS),
  industryType: labelsIn(language, INDUSTRY_TYPE_LABELS),
  conflict: labelsIn(language, CONFLICT_DECLARATION_LABELS),
  changeKind: labelsIn(language, CHANGE_KIND_LABELS),
  job: labelsIn(language, JOB_LABELS),
  level: labelsIn(language, REGION_LEVEL_LABELS),
  renewalOutcome: labelsIn(language, RENEWAL_OUTCOME_LABELS),
  rankingMethod: labelsIn(language, RANKING_METHOD_LABELS),
});
