import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationRule } from "./relation-rule.js";

/** `change`: to − from = difference; percent = 100 · (to − from) / from. */
export const changeRule: RelationRule = {
  meta: { id: "change", description: "A stated change matches its start and end values.", severity: "error", resultRole: "difference" },
  compile(relation, { net, owner, variable, aux }) {
    const from = variable(claimIn(relation, "from")!);
    const to = variable(claimIn(relation, "to")!);
    const differenceId = claimIn(relation, "difference");
    const percentId = claimIn(relation, "percent");
    const zero = Interval.point(Rational.ZERO);
    const diff = differenceId !== undefined ? variable(differenceId) : aux(`${relation.path}.difference`, false);
    net.linear([to, from, diff], [Rational.ONE, Rational.ONE.neg(), Rational.ONE.neg()], zero, owner);
    if (percentId !== undefined) net.product(variable(percentId), from, diff, Rational.HUNDRED, owner);
  },
};
