import { compileSeriesLink, SERIES_LINK_ROLES } from "./series-link.js";
import type { RelationSpec } from "./spec.js";

/**
 * `series-step`: one step of a series of releases adds up. For a cumulative count, the previous
 * release's total + the increment (± stated adjustments) = this release's total; for a stock,
 * carried over + inflows − outflows = open. Compiled from `series:` (src/input/series.ts).
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * check({
 *   documents: [
 *     { id: "june", published: "2017-08-04", claims: { total: 624 } },
 *     { id: "july", published: "2017-09-01", claims: { added: 61, total: 695 } },
 *   ],
 *   series: [{ id: "deaths", kind: "cumulative", total: "total", added: "added", steps: ["june", "july"] }],
 * }).findings[0]?.message;
 * //=> 'deaths: 624 in june (published 2017-08-04) + 61 = 685, but july (published 2017-09-01) states "695"'
 * ```
 */
export const seriesStep = {
  kind: "series-step",
  description: "Each step of a series of releases adds up: previous total + increment = total; carried over + new − completed = open.",
  help: "Compiled from `series:`: from one release to the next, previous total + increment (± stated adjustments) = total; for a stock, carried over + inflows − outflows = open.",
  roles: SERIES_LINK_ROLES,
  resultRole: "end",
  periods: [],
  written: false,
  /** Adds the relation's constraints to the network. */
  compile: compileSeriesLink,
} as const satisfies RelationSpec;
