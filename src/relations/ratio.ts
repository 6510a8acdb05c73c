import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationSpec } from "./spec.js";

/**
 * `ratio`: to = factor · from ("doubled" is a factor of 2, "halved" of 0.5, "three times as
 * many" of 3). Compiled as `factor · from = to`, so any one of the three is derived from the
 * other two.
 */
export const ratio = {
  kind: "ratio",
  description: "A stated factor matches its start and end values.",
  help: "Relation `ratio` (from, to, factor): to = factor · from, as in doubled (2), halved (0.5) or three times as many (3).",
  roles: [
    { key: "from", role: "from", holds: "quantity", words: "starting value", description: "The value the factor applies to." },
    { key: "to", role: "to", holds: "quantity", words: "end value", description: "factor · from." },
    { key: "factor", role: "factor", holds: "factor", words: "factor", description: "The multiplier: 2 for doubled, 0.5 for halved." },
  ],
  resultRole: "to",
  periods: [],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const from = variable(claimIn(relation, "from")!);
    const to = variable(claimIn(relation, "to")!);
    const factor = variable(claimIn(relation, "factor")!);
    net.product(factor, from, to, Rational.ONE, owner);
  },
} as const satisfies RelationSpec;
