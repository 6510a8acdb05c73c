/**
 * `period-length`: a length the text gives a period matches it. "The 36 months from August 2014
 * to July 2017" is right: August 2014 to July 2017, both included, is 36 months (and 3 years,
 * 1096 days). A length in units the period is not a whole number of (weeks, here) may be either
 * neighbour (156 or 157 weeks); an open period ("since August 2014") may end anywhere from the
 * end of the covered period to the as-of date, so its length is a range.
 *
 * Finding data (`length-mismatch`): `claim`, `written` (the stated length), `count`, `unit`,
 * `period` (ISO), `min` and `max` (the lengths the period can be read as).
 */
import type { Finding } from "./findings.js";
import { periodLength } from "../time/length.js";
import { periodIso } from "../time/period.js";
import { claimPlace } from "../claims/where.js";
import type { Rule } from "./rule.js";

/**
 * The `period-length` rule.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * check({ claims: { span: { period: { from: "2014-08", to: "2017-07" }, length: "35 months" } } }).findings[0]?.message;
 * //=> '"35 months": 2014-08 to 2017-07 is 36 months, not 35'
 * ```
 */
export const periodLengthRule: Rule = {
  meta: { id: "period-length", severity: "error", description: "A length stated for a period (\"the 36 months from …\") matches the period." },
  check({ set }) {
    const out: Finding[] = [];
    for (const claim of set.claims) {
      const t = claim.time;
      if (!t?.length || !t.period) continue;
      const range = periodLength(t.period, t.length.unit);
      if (!range || (t.length.count >= range.min && t.length.count <= range.max)) continue;
      const unit = t.length.unit;
      out.push({
        ruleId: "period-length",
        severity: "error",
        claims: [claim.key],
        data: {
          messageId: "length-mismatch",
          claim: claim.key,
          written: t.length.written,
          count: t.length.count,
          unit,
          period: periodIso(t.period),
          min: range.min,
          max: range.max,
          actual: t.length.written,
        },
        ...claimPlace(set, claim, t.length.written),
      });
    }
    return out;
  },
};
