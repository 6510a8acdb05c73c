/**
 * A minimal conflict of one linear constraint with coefficients ±1 (a sum, a part-of, a
 * cumulative total), found in O(n log n) instead of by n deletion tests: with every stated value
 * in, the sum's range misses the constraint's range on one side; dropping a stated value widens
 * that side by its "gain" (how far its variable could go beyond it). Dropping the smallest gains
 * first while the range still misses leaves a set from which no one value can be dropped.
 */
import { Interval, type Bound } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { Network } from "./network.js";

/**
 * The minimal conflict among `traced` elements when they are one relation compiled to one linear
 * constraint with coefficients ±1, and stated values of its variables; undefined otherwise (or
 * when the stated values do not conflict on their own).
 *
 * @example
 * ```ts
 * import { Interval } from "../numbers/interval.js";
 * import { Rational } from "../numbers/rational.js";
 * import { Network } from "./network.js";
 * const net = new Network();
 * const r = (n: number) => Rational.of(n);
 * const a = net.variable("a", true, Interval.point(r(1)), Interval.atLeast(r(0)));
 * const b = net.variable("b", true, Interval.point(r(1)), Interval.atLeast(r(0)));
 * const t = net.variable("t", true, Interval.point(r(3)), Interval.atLeast(r(0)));
 * const rel = net.relationElement(0);
 * net.linear([a, b, t], [r(1), r(1), r(-1)], Interval.point(r(0)), rel); // a + b = t
 * linearShrink(net, [0, 1, 2, rel])?.sort(); //=> [0, 1, 2, 3]
 * ```
 */
export function linearShrink(net: Network, traced: readonly number[]): number[] | undefined {
  const relations = traced.filter((e) => net.elements[e]!.type === "relation");
  if (relations.length !== 1) return undefined;
  const owned = net.owned[relations[0]!]!;
  if (owned.length !== 1) return undefined;
  const c = net.constraints[owned[0]!]!;
  if (c.type !== "linear") return undefined;
  if (new Set(c.vars).size !== c.vars.length) return undefined;
  if (c.coefs.some((k) => !(k.d === 1n && (k.n === 1n || k.n === -1n)))) return undefined;
  // Exact over the reals, or over whole numbers when every variable is one (sums of whole-number
  // ranges are then every whole number between their ends); a mix is left to the deletion tests.
  const integers = c.vars.filter((v) => net.variables[v]!.integer).length;
  if (integers !== 0 && integers !== c.vars.length) return undefined;
  if (integers > 0 && [c.range.lo, c.range.hi].some((b) => b !== null && !b.v.isInteger)) return undefined;
  const stated = new Set(traced.filter((e) => e !== relations[0]));
  // Each term: coef · (stated interval, or the domain when its stated value is not traced).
  const terms = c.vars.map((v, i) => {
    const variable = net.variables[v]!;
    const inTrace = variable.statedElement !== undefined && stated.has(variable.statedElement);
    const k = c.coefs[i]!;
    const free = k.sign() > 0 ? variable.domain : variable.domain.neg();
    const interval = inTrace ? (k.sign() > 0 ? variable.stated! : variable.stated!.neg()) : free;
    return { element: inTrace ? variable.statedElement! : undefined, interval, free };
  });
  if (stated.size !== terms.filter((t) => t.element !== undefined).length) return undefined;
  let sum = Interval.point(Rational.ZERO);
  for (const t of terms) sum = sum.add(t.interval);
  if (!sum.intersect(c.range).isEmpty) return undefined;
  // Too small: the sum's upper end lies below the range; too large: its lower end above it.
  const tooSmall = c.range.lo !== null && sum.hi !== null && sum.intersect(Interval.atLeast(c.range.lo.v, c.range.lo.open)).isEmpty;
  const end = (i: Interval): Bound | null => (tooSmall ? i.hi : i.lo);
  const limit = tooSmall ? c.range.lo! : c.range.hi!;
  // The side of the sum that misses, as a running total: finite ends summed, open ones counted.
  let total = Rational.ZERO;
  let open = 0;
  for (const t of terms) {
    const b = end(t.interval)!;
    total = total.add(b.v);
    if (b.open) open++;
  }
  const misses = (v: Rational, anyOpen: boolean): boolean => {
    const cmp = v.cmp(limit.v);
    return tooSmall ? cmp < 0 || (cmp === 0 && (anyOpen || limit.open)) : cmp > 0 || (cmp === 0 && (anyOpen || limit.open));
  };
  // Dropping a stated value moves that side by its gain (infinite: the domain has no end there).
  const candidates = terms.flatMap((t) => {
    if (t.element === undefined) return [];
    const a = end(t.interval)!;
    const b = end(t.free);
    return [{ t, a, b, gain: b ? (tooSmall ? b.v.sub(a.v) : a.v.sub(b.v)) : null }];
  });
  candidates.sort((x, y) => (x.gain === null ? (y.gain === null ? 0 : 1) : y.gain === null ? -1 : x.gain.cmp(y.gain)) || x.t.element! - y.t.element!);
  const kept = new Set(candidates.map((x) => x.t.element!));
  for (const { t, a, b } of candidates) {
    if (!b) break;
    const nextTotal = total.sub(a.v).add(b.v);
    const nextOpen = open - (a.open ? 1 : 0) + (b.open ? 1 : 0);
    if (!misses(nextTotal, nextOpen > 0)) break;
    total = nextTotal;
    open = nextOpen;
    kept.delete(t.element!);
  }
  return [relations[0]!, ...kept];
}
