import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { RelationModel } from "../model/claim-set.js";
import type { CompileContext, RelationRule } from "./relation-rule.js";

const SIGN: Readonly<Record<string, Rational>> = {
  end: Rational.ONE,
  start: Rational.ONE.neg(),
  inflow: Rational.ONE.neg(),
  add: Rational.ONE.neg(),
  outflow: Rational.ONE,
  subtract: Rational.ONE,
};

/**
 * Compiles a series link: end − start − Σ inflows − Σ adds + Σ outflows + Σ subtracts is 0
 * (every flow stated), at least 0 (some inflow not stated) or at most 0 (some outflow not
 * stated). Shared by `series-step` and `series-monotonic`.
 *
 * @example
 * ```ts
 * import { compileSeriesLink, relationRules } from "claimcheck";
 * // The engine calls it for each relation compiled from `series:`:
 * relationRules["series-step"].compile === compileSeriesLink; //=> true
 * ```
 */
export function compileSeriesLink(relation: RelationModel, { net, owner, variable }: CompileContext): void {
  const vars = relation.roles.map((r) => variable(r.claim));
  const coefs = relation.roles.map((r) => SIGN[r.role] ?? Rational.ZERO);
  const bound = relation.series?.bound ?? "exact";
  const zero = Rational.ZERO;
  const range = bound === "exact" ? Interval.point(zero) : bound === "at-least" ? Interval.atLeast(zero) : Interval.atMost(zero);
  net.linear(vars, coefs, range, owner);
}

/**
 * `series-step`: one step of a series of releases adds up. For a cumulative count, the previous
 * release's total + the increment (± stated adjustments) = this release's total; for a stock,
 * carried over + inflows − outflows = open. Compiled from `series:` (src/series/compile.ts).
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
export const seriesStepRule: RelationRule = {
  meta: {
    id: "series-step",
    description: "Each step of a series of releases adds up: previous total + increment = total; carried over + new − completed = open.",
    severity: "error",
    resultRole: "end",
  },
  compile: compileSeriesLink,
};
