import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationSpec } from "./spec.js";

/**
 * `change`: to − from = difference; percent = 100 · (to − from) / from.
 *
 * The percentage is compiled twice, as `percent · from = 100 · difference` and as
 * `from · (100 + percent) = 100 · to` (the same relation; each form has every variable once, so
 * propagation derives an unstated starting value from the end value, 25% up to 250 gives 200, as
 * well as from the difference, −105 at −3.1% gives 3334 to 3442).
 */
export const change = {
  kind: "change",
  description: "A stated change matches its start and end values.",
  help: "Relation `change` (from, to, difference and/or percent): to − from = difference; percent = 100 · (to − from) / from.",
  roles: [
    { key: "from", role: "from", holds: "quantity", words: "starting value", description: "The value before the change." },
    { key: "to", role: "to", holds: "quantity", words: "end value", description: "The value after it." },
    { key: "difference", role: "difference", optional: true, holds: "difference", words: "difference", description: "to − from." },
    { key: "percent", role: "percent", optional: true, holds: "share", words: "percentage", description: "The change as a percentage of `from`." },
  ],
  choices: [{ keys: ["difference", "percent"], count: "any" }],
  resultRole: "difference",
  periods: [],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable, aux }) {
    const from = variable(claimIn(relation, "from")!);
    const to = variable(claimIn(relation, "to")!);
    const differenceId = claimIn(relation, "difference");
    const percentId = claimIn(relation, "percent");
    const diff = differenceId !== undefined ? variable(differenceId) : aux(`${relation.path}.difference`, false);
    net.linear([to, from, diff], [Rational.ONE, Rational.ONE.neg(), Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
    if (percentId !== undefined) {
      const percent = variable(percentId);
      net.product(percent, from, diff, Rational.HUNDRED, owner);
      const factor = aux(`${relation.path}.factor`, false); // 100 + percent
      net.linear([factor, percent], [Rational.ONE, Rational.ONE.neg()], Interval.point(Rational.HUNDRED), owner);
      net.product(from, factor, to, Rational.HUNDRED, owner);
    }
  },
} as const satisfies RelationSpec;
