import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, claimsIn, type RelationSpec } from "./spec.js";

/** `part-of`: part ≤ whole; with `parts`, the sum of the (disjoint) parts ≤ whole. */
export const partOf = {
  kind: "part-of",
  description: "A part does not exceed its whole.",
  help: "Relation `part-of` (part or parts, whole): a part does not exceed its whole; with `parts`, the disjoint parts together do not exceed it.",
  roles: [
    { key: "part", role: "part", optional: true, holds: "quantity", words: "part", description: "The part (or give `parts:`)." },
    { key: "parts", role: "part", many: true, optional: true, holds: "quantity", words: "part", description: "Disjoint parts, together at most the whole." },
    { key: "whole", role: "whole", holds: "quantity", words: "whole", description: "The whole." },
  ],
  choices: [{ keys: ["part", "parts"], count: "one" }],
  resultRole: "whole",
  periods: [{ check: "within", parts: ["part"], whole: "whole", asOf: "same" }],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const parts = claimsIn(relation, "part").map(variable);
    const whole = variable(claimIn(relation, "whole")!);
    net.linear([...parts, whole], [...parts.map(() => Rational.ONE), Rational.ONE.neg()], Interval.atMost(Rational.ZERO), owner);
  },
} as const satisfies RelationSpec;
