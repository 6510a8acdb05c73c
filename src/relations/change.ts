import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationRule } from "./spec.js";

/**
 * `change`: to − from = difference; percent = 100 · (to − from) / from.
 *
 * The percentage is compiled twice, as `percent · from = 100 · difference` and as
 * `from · (100 + percent) = 100 · to` (the same relation; each form has every variable once, so
 * propagation derives an unstated starting value from the end value, 25% up to 250 gives 200, as
 * well as from the difference, −105 at −3.1% gives 3334 to 3442).
 */
export const changeRule: RelationRule = {
  meta: { id: "change", description: "A stated change matches its start and end values.", severity: "error", resultRole: "difference" },
  compile(relation, { net, owner, variable, aux }) {
    const from = variable(claimIn(relation, "from")!);
    const to = variable(claimIn(relation, "to")!);
    const differenceId = claimIn(relation, "difference");
    const percentId = claimIn(relation, "percent");
    const diff = differenceId !== undefined ? variable(differenceId) : aux(`${relation.path}.difference`, false);
    net.linear([to, from, diff], [Rational.ONE, Rational.ONE.neg(), Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
    if (percentId !== undefined) {
      const percent = variable(percentId);
      net.product(percent, from, diff, Rational.HUNDRED, owner);
      const factor = aux(`${relation.path}.factor`, false); // 100 + percent
      net.linear([factor, percent], [Rational.ONE, Rational.ONE.neg()], Interval.point(Rational.HUNDRED), owner);
      net.product(from, factor, to, Rational.HUNDRED, owner);
    }
  },
};
