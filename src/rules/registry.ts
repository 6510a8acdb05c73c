import type { Rule, TextRule } from "./rule.js";
import { dateResolutionRule } from "./date-resolution.js";
import { periodConsistencyRule } from "./period-consistency.js";
import { periodLengthRule } from "./period-length.js";
import { periodOrderRule } from "./period-order.js";
import { seriesAdjustmentRule } from "./series-adjustment.js";
import { weekdayRule } from "./weekday.js";
import { numberCoverageRule } from "./number-coverage.js";
import { numberFormatRule } from "./number-format.js";
import { claimAnchorRule } from "./claim-anchor.js";
import { quoteConfusableRule } from "./quote-confusable.js";
import { quoteMarksRule } from "./quote-marks.js";

/**
 * The non-arithmetic rules that `check()` runs by default (text, time and series rules).
 * Each lives in its own file under src/rules/ and is listed here once.
 *
 * @example
 * ```ts
 * import { builtinRules } from "claimcheck";
 * builtinRules.some((r) => r.meta.id === "quote-confusable"); //=> true
 * ```
 */
export const builtinRules: Rule[] = [
  // Time and series rules (issue 4).
  weekdayRule,
  periodOrderRule,
  periodLengthRule,
  periodConsistencyRule,
  dateResolutionRule,
  seriesAdjustmentRule,
  // Text rules (issue 3).
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
 * import { textOnlyRules } from "claimcheck";
 * textOnlyRules.map((r) => r.meta.id); //=> ["number-format", "quote-marks", "quote-confusable"]
 * ```
 */
export const textOnlyRules: TextRule[] = [numberFormatRule, quoteMarksRule, quoteConfusableRule];
