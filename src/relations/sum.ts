import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, claimsIn, type RelationSpec } from "./spec.js";

/** `sum`: the parts add up to the total. */
export const sum = {
  kind: "sum",
  description: "The parts add up to the total.",
  help: "Relation `sum` (parts, total): the parts add up to the total.",
  roles: [
    { key: "parts", role: "part", many: true, holds: "quantity", words: "part", description: "The parts." },
    { key: "total", role: "total", holds: "quantity", words: "total", description: "Their total." },
  ],
  resultRole: "total",
  periods: [{ check: "within", parts: ["part"], whole: "total", asOf: "same" }],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const parts = claimsIn(relation, "part").map(variable);
    const total = variable(claimIn(relation, "total")!);
    net.linear([...parts, total], [...parts.map(() => Rational.ONE), Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
  },
} as const satisfies RelationSpec;
