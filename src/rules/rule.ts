import type { Analysis } from "../engine/analyze.js";
import type { Finding, Severity } from "./findings.js";
import type { ClaimSet } from "../input/parse.js";
import type { CheckOptions } from "../check/check.js";

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
  /** The rule's findings on a checked claim set (plain data; messages come from src/messages.ts). */
  check(context: RuleContext): Finding[];
}

/** Options of a text-only rule run on a raw text (`scanText`, `claimcheck scan`). */
export interface TextRuleOptions {
  /** Document id put on the findings (default `"text"`). */
  readonly document?: string;
  /** Options of individual rules, by rule id (each rule documents its own). */
  readonly ruleOptions?: Readonly<Record<string, unknown>>;
}

/**
 * A rule that needs only a text, no claims: it runs on every document's text in `check()` and on
 * a raw text in `scanText()` / `claimcheck scan`. Its `check(context)` usually runs `checkText` on
 * each document's text.
 *
 * @example
 * ```ts
 * import { numberFormatRule } from "claimcheck";
 * numberFormatRule.checkText("24,160 strikes and 1169 reports", {}).length; //=> 1
 * ```
 */
export interface TextRule extends Rule {
  /** The rule's findings on one raw text. */
  checkText(text: string, options: TextRuleOptions): Finding[];
}
