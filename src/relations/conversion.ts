import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { Quantity } from "../numbers/quantity.js";
import { claimIn, type RelationSpec } from "./spec.js";

const TEN = Rational.of(10n);
const HALF = Rational.of(1n, 2n);

/**
 * How far beyond its printed precision a converted figure may lie: a whole figure that ends in
 * zeros may be rounded at its last non-zero digit, as conversions are ("4,000 hectares (9,900
 * acres)": 9,884 rounded to hundreds; "100 miles (160 km)": 160.9 rounded to tens). The range
 * of values that rounding allows, as offsets to the figure's own interval (at most 0 below, at
 * least 0 above); none for a figure with a qualifier, a fraction or an unbounded interval.
 */
export function roundingLatitude(q: Quantity | undefined): { below: Rational; above: Rational } | undefined {
  if (!q || q.qualifier !== "exact" || !q.rounded || q.form !== undefined) return undefined;
  const lo = q.interval.lo?.v;
  const hi = q.interval.hi?.v;
  const scale = q.scale ?? Rational.ONE;
  const figure = q.nominal.div(scale);
  if (lo === undefined || hi === undefined || !figure.isInteger || figure.sign() === 0) return undefined;
  let step = Rational.ONE;
  let rest = figure.sign() < 0 ? figure.neg() : figure;
  while (rest.div(TEN).isInteger) {
    rest = rest.div(TEN);
    step = step.mul(TEN);
  }
  const half = step.mul(scale).mul(HALF);
  const below = q.nominal.sub(half).sub(lo);
  const above = q.nominal.add(half).sub(hi);
  if (below.sign() >= 0 && above.sign() <= 0) return undefined;
  return { below: below.sign() < 0 ? below : Rational.ZERO, above: above.sign() > 0 ? above : Rational.ZERO };
}

/**
 * `conversion`: a figure and the same figure converted to another unit of its dimension, as a
 * text gives it in brackets ("30 feet (9 metres)"). The conversion of `from` must round to `to`:
 * at `to`'s printed precision, or at its last non-zero digit when it ends in zeros.
 */
export const conversion = {
  kind: "conversion",
  description: "A figure converted to another unit rounds to the stated conversion.",
  help:
    "Relation `conversion` (from, to): `to` is `from` in another unit of the same dimension (\"30 feet (9 metres)\"); `from` converted must round to `to`, at its printed precision or, for a whole figure ending in zeros, at its last non-zero digit (\"160 km\" may be 155 to 165).",
  roles: [
    { key: "from", role: "from", holds: "quantity", words: "figure", description: "The figure as the text first gives it (\"30 feet\")." },
    { key: "to", role: "to", holds: "quantity", words: "conversion", description: "The same figure converted to another unit (\"9 metres\")." },
  ],
  resultRole: "to",
  periods: [{ check: "same" }],
  rounds: true,
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable, quantity }) {
    const fromKey = claimIn(relation, "from")!;
    const toKey = claimIn(relation, "to")!;
    const latitude = roundingLatitude(quantity(toKey));
    const range = latitude ? Interval.between(latitude.below, latitude.above) : Interval.point(Rational.ZERO);
    net.linear([variable(fromKey), variable(toKey)], [Rational.ONE, Rational.ONE.neg()], range, owner);
  },
} as const satisfies RelationSpec;
