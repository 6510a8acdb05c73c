import { compileSeriesLink, SERIES_LINK_ROLES } from "./series-link.js";
import type { RelationSpec } from "./spec.js";

/**
 * `series-monotonic`: a cumulative count never falls from one release to the next (unless a
 * stated adjustment takes items away), and rises by at least the increments the releases in
 * between state when some are not stated (or the series says `increments: at-least`). Compiled
 * from `series:` (src/input/series.ts).
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
export const seriesMonotonic = {
  kind: "series-monotonic",
  description: "A cumulative count never falls from one release to the next, and rises by at least the increments stated in between.",
  help: "Compiled from `series:`: a cumulative count never falls from one release to the next, and rises by at least the increments stated in between.",
  roles: SERIES_LINK_ROLES,
  resultRole: "end",
  periods: [],
  written: false,
  /** Adds the relation's constraints to the network. */
  compile: compileSeriesLink,
} as const satisfies RelationSpec;
