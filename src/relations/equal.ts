import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimsIn, type RelationRule } from "./spec.js";

/** `equal`: the same quantity stated more than once (`claims: [a, b, …]`). */
export const equalRule: RelationRule = {
  meta: { id: "equal", description: "Statements of the same quantity agree.", severity: "error", resultRole: "claim" },
  compile(relation, { net, owner, variable }) {
    const vars = [...new Set(claimsIn(relation, "claim"))].map(variable);
    for (let i = 1; i < vars.length; i++) {
      net.linear([vars[0]!, vars[i]!], [Rational.ONE, Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
    }
  },
};
