/**
 * `weekday`: a weekday the text gives for a date is that date's weekday. "Friday, October 12,
 * 2017" is wrong: 2017-10-12 was a Thursday. A weekday alone ("on Friday") is read as the latest
 * such day on or before the publication date, so it matches by construction (`date-resolution`
 * shows the reading).
 *
 * Finding data (`weekday-mismatch`): `claim`, `written`, `date` (ISO), `stated` and `weekday`
 * (the date's real weekday); `expected` is the real weekday, `actual` the stated one.
 */
import type { Finding } from "./findings.js";
import { weekdayOf } from "../time/calendar.js";
import { claimPlace } from "../claims/where.js";
import type { Rule } from "./rule.js";

/**
 * The `weekday` rule.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * check({ claims: { day: { date: "Friday, October 12, 2017" } } }).findings[0]?.message;
 * //=> '"Friday, October 12, 2017": 2017-10-12 was a Thursday, not a Friday'
 * ```
 */
export const weekdayRule: Rule = {
  meta: { id: "weekday", severity: "error", description: "A weekday stated for a date is that date's weekday." },
  check({ set }) {
    const out: Finding[] = [];
    for (const claim of set.claims) {
      const t = claim.time;
      if (!t?.weekday || !t.date) continue;
      const weekday = weekdayOf(t.date.unit);
      if (weekday === t.weekday.stated) continue;
      out.push({
        ruleId: "weekday",
        severity: "error",
        claims: [claim.key],
        data: {
          messageId: "weekday-mismatch",
          claim: claim.key,
          written: t.weekday.written === t.date.written ? t.date.written : `${t.weekday.written}, ${t.date.written}`,
          date: t.date.unit,
          stated: t.weekday.stated,
          weekday,
          expected: weekday,
          actual: t.weekday.stated,
        },
        ...claimPlace(set, claim, t.weekday.written),
      });
    }
    return out;
  },
};
