import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationRule } from "./relation-rule.js";

/**
 * `change`: to − from = difference; percent = 100 · (to − from) / from.
 *
 * The percentage is compiled as `from · (100 + percent) = 100 · to` (the same relation, with
 * each variable once per constraint), so propagation can derive an unstated starting value:
 * 25% up to 250 gives 200.
 */
export const changeRule: RelationRule = {
  meta: { id: "change", description: "A stated change matches its start and end values.", severity: "error", resultRole: "difference" },
  compile(relation, { net, owner, variable, aux }) {
    const from = variable(claimIn(relation, "from")!);
    const to = variable(claimIn(relation, "to")!);
    const differenceId = claimIn(relation, "difference");
    const percentId = claimIn(relation, "percent");
    if (differenceId !== undefined) {
      const diff = variable(differenceId);
      net.linear([to, from, diff], [Rational.ONE, Rational.ONE.neg(), Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
    }
    if (percentId !== undefined) {
      const factor = aux(`${relation.path}.factor`, false); // 100 + percent
      net.linear([factor, variable(percentId)], [Rational.ONE, Rational.ONE.neg()], Interval.point(Rational.HUNDRED), owner);
      net.product(from, factor, to, Rational.HUNDRED, owner);
    }
  },
};
