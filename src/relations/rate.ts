import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationSpec } from "./spec.js";

/**
 * `rate`: rate = count / population × per ("12.5 deaths per 100,000 people"; `per` is 100,000,
 * default 1). Compiled as `rate · population = per · count`.
 */
export const rate = {
  kind: "rate",
  description: "A rate per so many matches its count and population.",
  help: "Relation `rate` (count, population, rate, optional per: a whole number, default 1): rate = count / population × per.",
  roles: [
    { key: "count", role: "count", holds: "quantity", words: "count", description: "How many events (deaths, cases)." },
    { key: "population", role: "population", holds: "quantity", unit: "own", words: "population", description: "Among how many." },
    { key: "rate", role: "rate", holds: "mean", unit: "own", words: "rate", description: "The count per `per` of the population." },
  ],
  fields: {
    per: { oneOf: [], positiveInteger: true, description: 'The base of the rate: 100000 for "per 100,000" (default 1).' },
  },
  resultRole: "rate",
  periods: [{ check: "same" }],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const count = variable(claimIn(relation, "count")!);
    const population = variable(claimIn(relation, "population")!);
    const r = variable(claimIn(relation, "rate")!);
    const per = relation.fields?.per;
    net.product(r, population, count, per !== undefined ? Rational.of(BigInt(per)) : Rational.ONE, owner);
  },
} as const satisfies RelationSpec;
