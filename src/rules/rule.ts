import type { Analysis } from "../engine/analyze.js";
import type { Finding, Severity } from "../findings.js";
import type { ClaimSet } from "../model/claim-set.js";
import type { CheckOptions } from "../check.js";

/** Metadata of a rule: id, default severity, one-line description. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
}

/** What a rule sees: the checked claim set, the engine's analysis and the options. */
export interface RuleContext {
  readonly set: ClaimSet;
  readonly analysis: Analysis;
  readonly options: CheckOptions;
}

/**
 * A rule that reads the claim set (and its texts) and returns findings as data. Arithmetic
 * findings come from the engine; text, time and series rules implement this.
 */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): Finding[];
}
