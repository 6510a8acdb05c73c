import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationRule } from "./spec.js";

/** `compare`: left op right, with op one of <, <=, >, >=. */
export const compareRule: RelationRule = {
  meta: { id: "compare", description: "A stated comparison holds.", severity: "error", resultRole: "right" },
  compile(relation, { net, owner, variable }) {
    const left = variable(claimIn(relation, "left")!);
    const right = variable(claimIn(relation, "right")!);
    const z = Rational.ZERO;
    const range =
      relation.op === "<" ? Interval.atMost(z, true) : relation.op === "<=" ? Interval.atMost(z) : relation.op === ">" ? Interval.atLeast(z, true) : Interval.atLeast(z);
    net.linear([left, right], [Rational.ONE, Rational.ONE.neg()], range, owner);
  },
};
