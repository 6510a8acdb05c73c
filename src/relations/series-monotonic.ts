import { compileSeriesLink } from "./series-step.js";
import type { RelationRule } from "./spec.js";

/**
 * `series-monotonic`: a cumulative count never falls from one release to the next (unless a
 * stated adjustment takes items away), and rises by at least the increments the releases in
 * between state when some are not stated (or the series says `increments: at-least`). Compiled
 * from `series:` (src/series/compile.ts).
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * check({
 *   documents: [
 *     { id: "june", published: "2017-08-04", claims: { strikes: "22,983" } },
 *     { id: "july", published: "2017-09-01", claims: { strikes: "22,000" } },
 *   ],
 *   series: [{ id: "strikes", kind: "cumulative", total: "strikes", steps: ["june", "july"] }],
 * }).findings[0]?.ruleId; //=> "series-monotonic"
 * ```
 */
export const seriesMonotonicRule: RelationRule = {
  meta: {
    id: "series-monotonic",
    description: "A cumulative count never falls from one release to the next, and rises by at least the increments stated in between.",
    severity: "error",
    resultRole: "end",
  },
  compile: compileSeriesLink,
};
