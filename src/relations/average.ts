import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationSpec } from "./spec.js";

/**
 * `average`: total = mean × count ("$4.2 million over 12 projects, $350,000 each on average").
 * Compiled as `mean · count = total`, so any one of the three is derived from the other two.
 */
export const average = {
  kind: "average",
  description: "A mean matches its total and count.",
  help: "Relation `average` (total, count, mean): total = mean × count.",
  roles: [
    { key: "total", role: "total", holds: "quantity", words: "total", description: "The total of all the items." },
    { key: "count", role: "count", holds: "quantity", unit: "own", words: "count", description: "How many items." },
    { key: "mean", role: "mean", holds: "mean", unit: { sameAs: "total" }, words: "mean", description: "The mean per item, in the unit of the total." },
  ],
  resultRole: "mean",
  periods: [{ check: "same" }],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const total = variable(claimIn(relation, "total")!);
    const count = variable(claimIn(relation, "count")!);
    const mean = variable(claimIn(relation, "mean")!);
    net.product(mean, count, total, Rational.ONE, owner);
  },
} as const satisfies RelationSpec;
