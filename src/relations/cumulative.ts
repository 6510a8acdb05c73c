import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationRule } from "./spec.js";

/** `cumulative`: previous + added = total (a running total raised by a new increment). */
export const cumulativeRule: RelationRule = {
  meta: { id: "cumulative", description: "A running total equals the previous total plus the increment.", severity: "error", resultRole: "total" },
  compile(relation, { net, owner, variable }) {
    const previous = variable(claimIn(relation, "previous")!);
    const added = variable(claimIn(relation, "added")!);
    const total = variable(claimIn(relation, "total")!);
    net.linear([previous, added, total], COEFS, ZERO, owner);
  },
};

// previous + added − total = 0 (shared by every cumulative relation: a ledger has thousands).
const COEFS = [Rational.ONE, Rational.ONE, Rational.ONE.neg()] as const;
const ZERO = Interval.point(Rational.ZERO);
