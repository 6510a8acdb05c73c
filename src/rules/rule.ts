/**
 * What a rule is: metadata (id, default severity, one-line description, how its options are
 * checked) and a function that returns findings as data. One rule per file in this folder.
 */
import type { Severity } from "../base/severity.js";
import type { Analysis } from "../engine/analysis.js";
import type { ClaimSet } from "../claims/model.js";
import type { QuantityOptions } from "../numbers/quantity.js";
import type { ConfusablesOptions } from "../text/confusion.js";
import type { CustomFindingData, Finding } from "./findings.js";

/** A problem with a rule's options: the key path below the rule's options ("" for the value itself), what was expected, what was found. */
export interface OptionIssue {
  readonly path: string;
  readonly expected: string;
  readonly found?: string;
}

/** Metadata of a rule: id, default severity, one-line description. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
}

/** Metadata of a built-in rule: with how its options (`ruleOptions[id]`) are checked, when it takes any. */
export interface BuiltinRuleMeta extends RuleMeta {
  /** The problems of a value given as this rule's options (none: the value is fine). */
  readonly validateOptions?: (value: unknown) => readonly OptionIssue[];
}

/** The options the rules read (`check()` and `scanText()` pass theirs). */
export interface RuleOptions extends QuantityOptions {
  /**
   * Options of individual rules, by rule id, e.g.
   * `{ "number-coverage": { include: ["year", "date"] } }` (each rule documents its own).
   */
  readonly ruleOptions?: Readonly<Record<string, unknown>>;
  /**
   * The confusion dictionary of `quote-confusable`: pairs to `add` (same shape as the built-in
   * ones) and built-in pairs to `disable` by id, e.g. `{ disable: ["affect/effect"] }`.
   */
  readonly confusables?: ConfusablesOptions;
}

/** What a rule sees: the checked claim set, the engine's analysis and the options. */
export interface RuleContext {
  readonly set: ClaimSet;
  readonly analysis: Analysis;
  readonly options: RuleOptions;
}

/**
 * A built-in rule that reads the claim set (and its texts) and returns findings as data.
 * Arithmetic findings come from the engine's analysis (src/rules/arithmetic.ts); text, time and
 * series rules implement this.
 */
export interface Rule {
  readonly meta: BuiltinRuleMeta;
  /** The rule's findings on a checked claim set (plain data; messages come from src/messages/). */
  check(context: RuleContext): Finding[];
}

/** Options of a text-only rule run on a raw text (`scanText`, `claimcheck scan`). */
export interface TextRuleOptions extends RuleOptions {
  /** Document id put on the findings (default `"text"`). */
  readonly document?: string;
}

/**
 * A rule that needs only a text, no claims: it runs on every document's text in `check()` and on
 * a raw text in `scanText()` / `claimcheck scan`. Its `check(context)` usually runs `checkText` on
 * each document's text.
 *
 * @example
 * ```ts
 * import { numberFormatRule } from "./number-format.js";
 * numberFormatRule.checkText("24,160 strikes and 1169 reports", {}).length; //=> 1
 * ```
 */
export interface TextRule extends Rule {
  /** The rule's findings on one raw text. */
  checkText(text: string, options: TextRuleOptions): Finding[];
}

/**
 * A rule a caller adds (`check(x, { rules: [myRule] })`). Its findings' words come from its own
 * `meta.messages`: a template per message id, where `{name}` is replaced by the data's `name`
 * (a message id without a template is reported as the id itself).
 *
 * @example
 * ```ts
 * import { check, type CustomRule } from "claimcheck";
 * const houseStyle: CustomRule = {
 *   meta: { id: "house-style", severity: "info", description: "House style.", messages: { percent: "write '{expected}'" } },
 *   check: () => [{ ruleId: "house-style", severity: "info", claims: [], data: { messageId: "percent", expected: "per cent" } }],
 * };
 * check({ claims: {} }, { rules: [houseStyle] }).findings[0]?.message; //=> "write 'per cent'"
 * ```
 */
export interface CustomRule {
  readonly meta: RuleMeta & { readonly messages?: Readonly<Record<string, string>> };
  /** The rule's findings on a checked claim set. */
  check(context: RuleContext): ReadonlyArray<Finding<CustomFindingData>>;
}
