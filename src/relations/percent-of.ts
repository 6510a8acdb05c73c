import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationRule } from "./spec.js";

/** `percent-of`: percent = 100 · part / whole (as percent · whole = 100 · part). */
export const percentOfRule: RelationRule = {
  meta: { id: "percent-of", description: "A percentage matches its part and whole.", severity: "error", resultRole: "percent" },
  compile(relation, { net, owner, variable }) {
    const part = variable(claimIn(relation, "part")!);
    const whole = variable(claimIn(relation, "whole")!);
    const percent = variable(claimIn(relation, "percent")!);
    net.product(percent, whole, part, Rational.HUNDRED, owner);
  },
};
