import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, claimsIn, type RelationSpec } from "./spec.js";

/**
 * `sum`: the parts add up to the total; with `weights`, a weighted total (Σ weightᵢ · partᵢ =
 * total: 3 tickets at $20 and 2 at $35 cost $130).
 */
export const sum = {
  kind: "sum",
  description: "The parts add up to the total.",
  help: "Relation `sum` (parts, total, optional weights): the parts add up to the total; with weights, Σ weight · part = total.",
  roles: [
    { key: "parts", role: "part", many: true, holds: "quantity", words: "part", description: "The parts." },
    { key: "total", role: "total", holds: "quantity", words: "total", description: "Their total." },
  ],
  fields: {
    weights: { oneOf: [], numbersPer: "part", description: "One coefficient per part, in order (exact decimals): the total is Σ weight · part." },
  },
  resultRole: "total",
  periods: [{ check: "within", parts: ["part"], whole: "total", asOf: "same" }],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const parts = claimsIn(relation, "part").map(variable);
    const total = variable(claimIn(relation, "total")!);
    const weights = relation.fields?.weights?.split(" ").map((w) => Rational.parse(w));
    net.linear([...parts, total], [...parts.map((_, i) => weights?.[i] ?? Rational.ONE), Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
  },
} as const satisfies RelationSpec;
