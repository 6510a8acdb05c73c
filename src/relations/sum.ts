import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, claimsIn, type RelationRule } from "./spec.js";

/** `sum`: the parts add up to the total. */
export const sumRule: RelationRule = {
  meta: { id: "sum", description: "The parts add up to the total.", severity: "error", resultRole: "total" },
  compile(relation, { net, owner, variable }) {
    const parts = claimsIn(relation, "part").map(variable);
    const total = variable(claimIn(relation, "total")!);
    net.linear([...parts, total], [...parts.map(() => Rational.ONE), Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
  },
};
