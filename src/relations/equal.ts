import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimsIn, type RelationSpec } from "./spec.js";

/** `equal`: the same quantity stated more than once (`claims: [a, b, …]`). */
export const equal = {
  kind: "equal",
  description: "Statements of the same quantity agree.",
  help: "Relation `equal` (claims: [a, b, …]): the same quantity stated more than once; every statement must allow one common value.",
  roles: [{ key: "claims", role: "claim", many: true, min: 2, holds: "quantity", words: "statement", description: "Claims that state the same quantity." }],
  resultRole: "claim",
  repeats: true,
  periods: [{ check: "same" }],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const vars = [...new Set(claimsIn(relation, "claim"))].map(variable);
    for (let i = 1; i < vars.length; i++) {
      net.linear([vars[0]!, vars[i]!], [Rational.ONE, Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
    }
  },
} as const satisfies RelationSpec;
