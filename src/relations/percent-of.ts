import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationSpec } from "./spec.js";

/** `percent-of`: percent = 100 · part / whole (as percent · whole = 100 · part). */
export const percentOf = {
  kind: "percent-of",
  description: "A percentage matches its part and whole.",
  help: "Relation `percent-of` (part, whole, percent): percent = 100 · part / whole.",
  roles: [
    { key: "part", role: "part", holds: "quantity", words: "part", description: "The part." },
    { key: "whole", role: "whole", holds: "quantity", words: "whole", description: "The whole." },
    { key: "percent", role: "percent", holds: "share", words: "percentage", description: "The part as a percentage of the whole." },
  ],
  resultRole: "percent",
  periods: [{ check: "same" }],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const part = variable(claimIn(relation, "part")!);
    const whole = variable(claimIn(relation, "whole")!);
    const percent = variable(claimIn(relation, "percent")!);
    net.product(percent, whole, part, Rational.HUNDRED, owner);
  },
} as const satisfies RelationSpec;
