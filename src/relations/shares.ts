import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, claimsIn, type RelationSpec } from "./spec.js";

/**
 * `shares`: percentages of one whole add up to its total, 100 % unless a `total` is given
 * (vote results: 52.1 %, 44.9 % and 3.0 % of the votes cast). Each share keeps its rounding, so
 * printed shares that add up to 99.9 % or 100.1 % hold when their intervals reach the total.
 */
export const shares = {
  kind: "shares",
  description: "Shares of one whole add up to its total (100 % by default).",
  help: "Relation `shares` (parts, optional total): the percentages add up to the total, 100 % when none is given, within their rounding.",
  roles: [
    { key: "parts", role: "part", many: true, min: 2, holds: "share", words: "share", description: "The shares, as percentages." },
    { key: "total", role: "total", optional: true, holds: "share", words: "total share", description: "Their total as a percentage (default 100 %)." },
  ],
  resultRole: "total",
  periods: [{ check: "same" }],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const parts = claimsIn(relation, "part").map(variable);
    const totalId = claimIn(relation, "total");
    if (totalId === undefined) {
      net.linear(parts, parts.map(() => Rational.ONE), Interval.point(Rational.HUNDRED), owner);
      return;
    }
    const total = variable(totalId);
    net.linear([...parts, total], [...parts.map(() => Rational.ONE), Rational.ONE.neg()], Interval.point(Rational.ZERO), owner);
  },
} as const satisfies RelationSpec;
