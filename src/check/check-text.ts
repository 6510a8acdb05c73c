/**
 * `checkText()`: a raw news text in, a report out. Its claims and relations are proposed
 * (`proposeClaims`: every number a claim, the relations its cues license), checked like a
 * claims file, and the report carries the coverage: how many numbers sit in a checked
 * relation, how many in none, and why.
 */
import type { ProposeOptions } from "../propose/propose.js";
import { checkRawText, type CheckOptions, type CheckResult } from "./check.js";

/**
 * Checks a raw text: proposes its claims and relations, checks them, and reports the coverage.
 * Synchronous, and never throws on a bad text (bad options come back as `verdict: "invalid"`).
 *
 * @example
 * ```ts
 * import { checkText } from "claimcheck";
 * const r = checkText("It investigated 37 reports. Of these, 40 were credible.");
 * r.verdict; //=> "inconsistent"
 * r.findings[0].message;
 * //=> 'the part "40" cannot exceed the whole "37" (the whole must be at least 40) (proposed from the cue "Of these")'
 * r.coverage; //=> { numbers: 2, inRelation: 2, unbound: 0, reasons: [] }
 * ```
 */
export function checkText(text: string, options: CheckOptions & ProposeOptions = {}): CheckResult {
  return checkRawText(typeof text === "string" ? text : "", options);
}
