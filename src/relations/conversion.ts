import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { Quantity } from "../numbers/quantity.js";
import { claimIn, type RelationSpec } from "./spec.js";

const TEN = Rational.of(10n);
const FIVE = Rational.of(5n);
const HALF = Rational.of(1n, 2n);

/** A figure that `latitude` may widen: exact, rounded as printed, a bounded whole number; and its figure as written. */
function wholeFigure(q: Quantity | undefined): { q: Quantity; figure: Rational; scale: Rational } | undefined {
  if (!q || q.qualifier !== "exact" || !q.rounded || q.form !== undefined || !q.interval.lo || !q.interval.hi) return undefined;
  const scale = q.scale ?? Rational.ONE;
  const figure = q.nominal.div(scale);
  return figure.isInteger && figure.sign() > 0 ? { q, figure, scale } : undefined;
}

/** The offsets that take a figure's interval to its nominal value ± `half` (in the figure's unit), or none when that is no wider. */
function latitude(w: { q: Quantity; scale: Rational }, half: Rational): { below: Rational; above: Rational } | undefined {
  const h = half.mul(w.scale);
  const below = w.q.nominal.sub(h).sub(w.q.interval.lo!.v);
  const above = w.q.nominal.add(h).sub(w.q.interval.hi!.v);
  if (below.sign() >= 0 && above.sign() <= 0) return undefined;
  return { below: below.sign() < 0 ? below : Rational.ZERO, above: above.sign() > 0 ? above : Rational.ZERO };
}

/**
 * How far beyond its printed precision a converted figure may lie: a whole figure that ends in
 * zeros may be rounded at its last non-zero digit, as conversions are ("4,000 hectares (9,900
 * acres)": 9,884 rounded to hundreds; "100 miles (160 km)": 160.9 rounded to tens). The range of
 * values that rounding allows, as offsets to the figure's own interval (at most 0 below, at least
 * 0 above); none for a figure with a qualifier, a fraction or an unbounded interval.
 */
export function roundingLatitude(q: Quantity | undefined): { below: Rational; above: Rational } | undefined {
  const w = wholeFigure(q);
  if (!w) return undefined;
  let step = Rational.ONE;
  for (let rest = w.figure; rest.div(TEN).isInteger; rest = rest.div(TEN)) step = step.mul(TEN);
  return latitude(w, step.mul(HALF));
}

/**
 * How far a converted figure's source may lie beyond its printed precision: a whole figure of 10
 * or more that is a multiple of 5 may be rounded to the nearest 5, as wind speeds are ("120 mph
 * (195 km/h)": both from 105 knots, 120.8 mph and 194.5 km/h rounded to 5s), never further.
 */
export function fivesLatitude(q: Quantity | undefined): { below: Rational; above: Rational } | undefined {
  const w = wholeFigure(q);
  if (!w || w.figure.cmp(TEN) < 0 || !w.figure.div(FIVE).isInteger) return undefined;
  return latitude(w, FIVE.mul(HALF));
}

/**
 * `conversion`: a figure and the same figure converted to another unit of its dimension, as a
 * text gives it in brackets ("30 feet (9 metres)"). The conversion of `from` must round to `to`:
 * at `to`'s printed precision, or at its last non-zero digit when it ends in zeros. `from` may
 * itself be rounded to the nearest 5 when it is a multiple of 5 (see `fivesLatitude`), never
 * further: "100 miles (100 km)" stays an error.
 */
export const conversion = {
  kind: "conversion",
  description: "A figure converted to another unit rounds to the stated conversion.",
  help:
    "Relation `conversion` (from, to): `to` is `from` in another unit of the same dimension (\"30 feet (9 metres)\"); `from` converted must round to `to`, at its printed precision or, for a whole figure ending in zeros, at its last non-zero digit (\"160 km\" may be 155 to 165); `from`, a multiple of 5, may be rounded to the nearest 5 (\"120 mph\" may be 117.5 to 122.5).",
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
    // from + e1 = to + e2, e1 and e2 the two figures' latitudes: from − to ∈ e2 − e1.
    const zero = { below: Rational.ZERO, above: Rational.ZERO };
    const fromLatitude = fivesLatitude(quantity(fromKey)) ?? zero;
    const toLatitude = roundingLatitude(quantity(toKey)) ?? zero;
    const range = Interval.between(toLatitude.below.sub(fromLatitude.above), toLatitude.above.sub(fromLatitude.below));
    net.linear([variable(fromKey), variable(toKey)], [Rational.ONE, Rational.ONE.neg()], range, owner);
  },
} as const satisfies RelationSpec;
