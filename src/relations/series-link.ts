import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { RelationModel } from "../claims/model.js";
import type { CompileContext, RoleSpec } from "./spec.js";

const SIGN: Readonly<Record<string, Rational>> = {
  end: Rational.ONE,
  start: Rational.ONE.neg(),
  inflow: Rational.ONE.neg(),
  add: Rational.ONE.neg(),
  outflow: Rational.ONE,
  subtract: Rational.ONE,
};

/** The roles of a link between two releases of a series (compiled from `series:`, never written). */
export const SERIES_LINK_ROLES = [
  { key: "start", role: "start", holds: "quantity", words: "start", description: "The measure at the first point." },
  { key: "inflow", role: "inflow", many: true, optional: true, holds: "quantity", words: "inflow", description: "What adds to the measure in between." },
  { key: "outflow", role: "outflow", many: true, optional: true, holds: "quantity", words: "outflow", description: "What takes from it." },
  { key: "add", role: "add", many: true, optional: true, holds: "quantity", words: "add", description: "A stated adjustment that adds." },
  { key: "subtract", role: "subtract", many: true, optional: true, holds: "quantity", words: "subtract", description: "A stated adjustment that takes away." },
  { key: "end", role: "end", holds: "quantity", words: "end", description: "The measure at the next point." },
] as const satisfies readonly RoleSpec[];

/**
 * Compiles a series link: end − start − Σ inflows − Σ adds + Σ outflows + Σ subtracts is 0
 * (every flow stated), at least 0 (some inflow not stated) or at most 0 (some outflow not
 * stated). Shared by `series-step` and `series-monotonic`.
 *
 * @example
 * ```ts
 * import { seriesStep } from "./series-step.js";
 * // The engine calls it for each relation compiled from `series:`:
 * seriesStep.compile === compileSeriesLink; //=> true
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
