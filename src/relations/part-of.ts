import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, claimsIn, type RelationRule } from "./spec.js";

/** `part-of`: part ≤ whole; with `parts`, the sum of the (disjoint) parts ≤ whole. */
export const partOfRule: RelationRule = {
  meta: { id: "part-of", description: "A part does not exceed its whole.", severity: "error", resultRole: "whole" },
  compile(relation, { net, owner, variable }) {
    const parts = claimsIn(relation, "part").map(variable);
    const whole = variable(claimIn(relation, "whole")!);
    net.linear([...parts, whole], [...parts.map(() => Rational.ONE), Rational.ONE.neg()], Interval.atMost(Rational.ZERO), owner);
  },
};
