import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationSpec } from "./spec.js";

/** `compare`: left op right, with op one of <, <=, >, >=. */
export const compare = {
  kind: "compare",
  description: "A stated comparison holds.",
  help: "Relation `compare` (left, op, right): the comparison left op right holds.",
  roles: [
    { key: "left", role: "left", holds: "quantity", words: "left side", description: "The left side." },
    { key: "right", role: "right", holds: "quantity", words: "right side", description: "The right side." },
  ],
  fields: { op: { oneOf: ["<", "<=", ">", ">="], description: "The comparison: <, <=, > or >=." } },
  resultRole: "right",
  periods: [],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const left = variable(claimIn(relation, "left")!);
    const right = variable(claimIn(relation, "right")!);
    const z = Rational.ZERO;
    const op = relation.fields?.op;
    const range = op === "<" ? Interval.atMost(z, true) : op === "<=" ? Interval.atMost(z) : op === ">" ? Interval.atLeast(z, true) : Interval.atLeast(z);
    net.linear([left, right], [Rational.ONE, Rational.ONE.neg()], range, owner);
  },
} as const satisfies RelationSpec;
