import { CATALOG, describeRule, type Bilingual } from './catalog';
import { CHECKS } from './checks';
import { leadMessage, ruleMessage } from './messages';
import { readFacts } from './facts';
import { FORM_FIELDS } from './form-fields';
import { FORM_CHECKS } from './rules/form-instance';
import { DEFAULT_THRESHOLDS, thresholdsUsed, type Thresholds, type ThresholdsUsed } from './thresholds';
import type { ApplicationForm } from '../form';
import { finding } from './finding';
import type { EligibilityReport, Finding, Outcome, RuleCheck, RuleContext, RuleResult } from './types';
import { verdictOf } from './verdict';

/** Bump when a rule, a default or the report shape changes: stored reports name the engine that wrote them. */
export const ENGINE_VERSION = '2.0.0';

export interface EvaluateOptions {
  /** The call notice's year; the form's years are callYear − 3 … callYear − 1. */
  callYear: number;
  /** Already validated (see parseThresholds); defaults to DEFAULT_THRESHOLDS. */
  thresholds?: Thresholds;
  /** The evaluation time written into the report (tests pin it). */
  now?: Date;
}

/** What depends only on the thresholds. */
interface Prepared {
  /** By outcome, then catalog index: the outcome and the rule's description (a pass message entire). */
  leads: Record<Outcome, Bilingual[]>;
  used: ThresholdsUsed;
}

// One server evaluates many forms with the same thresholds object.
const preparedCache = new WeakMap<Thresholds, Prepared>();

function prepare(thresholds: Thresholds): Prepared {
  let prepared = preparedCache.get(thresholds);
  if (!prepared) {
    const descriptions = CATALOG.map((entry) => describeRule(entry, thresholds));
    const leads = (outcome: Outcome) => descriptions.map((description) => leadMessage(outcome, description));
    prepared = {
      leads: { pass: leads('pass'), fail: leads('fail'), warn: leads('warn'), missing: leads('missing') },
      used: thresholdsUsed(thresholds),
    };
    preparedCache.set(thresholds, prepared);
  }
  return prepared;
}

/** The checks in catalog order, looked up once rather than by id per evaluation. */
const CATALOG_CHECKS: readonly RuleCheck[] = CATALOG.map((entry) => CHECKS[entry.id]);

/** A check that throws on malformed stored data must not take the whole report down. */
function runCheck(check: RuleCheck, ctx: RuleContext): Finding {
  try {
    return check(ctx);
  } catch (error) {
    return finding('missing', { error: String(error) }, {});
  }
}

// toISOString is a slow builtin, and a batch of evaluations shares one time (or
// runs within one millisecond): remember the last string, keyed by the time value
// (not the Date object, which may be mutated between calls).
let lastTime = NaN;
let lastIso = '';

function isoString(date: Date): string {
  const time = date.getTime();
  if (time !== lastTime) {
    lastIso = date.toISOString();
    lastTime = time;
  }
  return lastIso;
}

/** Applies every rule of the catalog, in order, to one application form. Never throws on form data. */
export function evaluate(form: ApplicationForm, options: EvaluateOptions): EligibilityReport {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const { leads, used } = prepare(thresholds);
  const data = form ?? {};
  // Every field read once, in form order, for the form.* scan and the facts. The reader and
  // both consumers only read through type guards, so unlike a check they cannot throw on
  // malformed data. (The scan used to be cached per context in a WeakMap: an ephemeron per
  // evaluation made GC about 15 % of the engine's time.)
  const fields = FORM_FIELDS.read(data);
  const ctx: RuleContext = {
    form: data,
    fields,
    thresholds,
    callYear: options.callYear,
    facts: readFacts(data, options.callYear, fields),
    scan: FORM_CHECKS.scan(data, fields),
    used,
  };
  // Sized once: push would allocate room for 17 results, then copy them into room for 41.
  const rules = new Array<RuleResult>(CATALOG.length);
  for (let index = 0; index < CATALOG.length; index += 1) {
    const entry = CATALOG[index];
    const finding = runCheck(CATALOG_CHECKS[index], ctx);
    rules[index] = {
      id: entry.id,
      article: entry.article,
      kind: entry.kind,
      outcome: finding.outcome,
      values: finding.values,
      threshold: finding.threshold,
      message: finding.outcome === 'pass' ? leads.pass[index] : ruleMessage(leads[finding.outcome][index], finding),
    };
  }
  return {
    engineVersion: ENGINE_VERSION,
    callYear: options.callYear,
    evaluatedAt: isoString(options.now ?? new Date()),
    verdict: verdictOf(rules),
    thresholds,
    rules,
  };
}
