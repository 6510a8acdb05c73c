import { relationSpecs } from "../relations/registry.js";
import type { Rule, RuleMeta, TextRule } from "./rule.js";
import { dateResolutionRule } from "./date-resolution.js";
import { periodConsistencyRule } from "./period-consistency.js";
import { periodLengthRule } from "./period-length.js";
import { periodOrderRule } from "./period-order.js";
import { seriesAdjustmentRule } from "./series-adjustment.js";
import { unitRule } from "./unit.js";
import { weekdayRule } from "./weekday.js";
import { numberCoverageRule } from "./number-coverage.js";
import { numberFormatRule } from "./number-format.js";
import { claimAnchorRule } from "./claim-anchor.js";
import { quoteConfusableRule } from "./quote-confusable.js";
import { quoteMarksRule } from "./quote-marks.js";

/**
 * The non-arithmetic rules that `check()` runs by default (text, time and series rules).
 * Each lives in its own file under src/rules/ and is listed here once. Arithmetic findings
 * (one rule id per relation kind) come from src/rules/arithmetic.ts.
 *
 * @example
 * ```ts
 * builtinRules.some((r) => r.meta.id === "quote-confusable"); //=> true
 * ```
 */
export const builtinRules: readonly Rule[] = [
  // Time and series rules.
  weekdayRule,
  periodOrderRule,
  periodLengthRule,
  periodConsistencyRule,
  dateResolutionRule,
  seriesAdjustmentRule,
  // Units.
  unitRule,
  // Text rules.
  numberCoverageRule,
  numberFormatRule,
  claimAnchorRule,
  quoteMarksRule,
  quoteConfusableRule,
];

/**
 * The rules that need only a text (no claims): what `scanText()` and `claimcheck scan` run on a
 * raw text. Each is also in `builtinRules`, where it runs on every document's text.
 *
 * @example
 * ```ts
 * textOnlyRules.map((r) => r.meta.id); //=> ["number-format", "quote-marks", "quote-confusable"]
 * ```
 */
export const textOnlyRules: readonly TextRule[] = [numberFormatRule, quoteMarksRule, quoteConfusableRule];

/** The rule id of a conflict between stated values that no relation is reported under. */
const VALUE_RULE: RuleMeta = { id: "value", description: "Stated values of claims agree with each other.", severity: "error" };

/**
 * Every rule a built-in finding can carry: one per relation kind (its arithmetic findings),
 * `value`, and the built-in rules, in that order.
 *
 * @example
 * ```ts
 * builtinRuleMetas().map((r) => r.id).slice(0, 3); //=> ["equal", "conversion", "part-of"]
 * ```
 */
export function builtinRuleMetas(): RuleMeta[] {
  const relations = Object.values(relationSpecs).map((s): RuleMeta => ({ id: s.kind, description: s.description, severity: "error" }));
  return [...relations, VALUE_RULE, ...builtinRules.map((r) => r.meta)];
}
