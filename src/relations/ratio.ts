import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationSpec } from "./spec.js";

/**
 * `ratio`: to = factor · from ("doubled" is a factor of 2, "halved" of 0.5, "three times as
 * many" of 3). Compiled as `factor · from = to`, so any one of the three is derived from the
 * other two. With `reading: times-more` the factor was written "X times more", which people read
 * as ×X or as ×(X + 1): compiled as `(factor + b) · from = to` with b a whole number 0 or 1, so
 * the relation fails only when both readings fail.
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
  fields: {
    reading: {
      oneOf: ["times-more", "plus-one"],
      optional: true,
      description:
        'times-more: the factor was written "X times more", read as ×X or ×(X + 1); the relation holds when either does. plus-one: read as ×(X + 1) only (one reading of "X times more", for a relation whose `readings:` try each).',
    },
  },
  resultRole: "to",
  periods: [],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable, aux }) {
    const from = variable(claimIn(relation, "from")!);
    const to = variable(claimIn(relation, "to")!);
    const factor = variable(claimIn(relation, "factor")!);
    if (relation.fields?.reading === "plus-one") {
      const read = aux(`${relation.path}.factor`, false); // factor + 1
      net.linear([read, factor], [Rational.ONE, Rational.ONE.neg()], Interval.point(Rational.ONE), owner);
      net.product(read, from, to, Rational.ONE, owner);
      return;
    }
    if (relation.fields?.reading !== "times-more") {
      net.product(factor, from, to, Rational.ONE, owner);
      return;
    }
    // b = 0: "three times more" is ×3; b = 1: it is ×4.
    const b = aux(`${relation.path}.more`, true);
    net.linear([b], [Rational.ONE], Interval.between(Rational.ZERO, Rational.ONE), owner);
    const read = aux(`${relation.path}.factor`, false); // factor + b
    net.linear([read, factor, b], [Rational.ONE, Rational.ONE.neg(), Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
    net.product(read, from, to, Rational.ONE, owner);
  },
} as const satisfies RelationSpec;
