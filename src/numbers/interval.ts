import { Rational } from "./rational.js";

/** One end of an interval: a rational value, open (excluded) or closed (included). `null` is infinite. */
export interface Bound {
  readonly v: Rational;
  readonly open: boolean;
}

/**
 * An exact interval of rationals with open or closed ends; `lo`/`hi` are `null` when unbounded.
 *
 * @example
 * ```ts
 * import { Interval, Rational } from "claimcheck";
 * const atLeast685 = Interval.atLeast(Rational.of(685));
 * atLeast685.sub(Interval.point(Rational.of(61))).toString(); //=> "[624, ∞)"
 * ```
 */
export class Interval {
  readonly lo: Bound | null;
  readonly hi: Bound | null;

  constructor(lo: Bound | null, hi: Bound | null) {
    this.lo = lo;
    this.hi = hi;
  }

  /** (-∞, ∞). */
  static readonly ALL = new Interval(null, null);

  /** [v, v]. */
  static point(v: Rational): Interval {
    // One bound for both ends: bounds are immutable, and a text holds many points.
    const b = { v, open: false };
    return new Interval(b, b);
  }

  /** [lo, hi], or with open ends when asked. */
  static between(lo: Rational, hi: Rational, loOpen = false, hiOpen = false): Interval {
    return new Interval({ v: lo, open: loOpen }, { v: hi, open: hiOpen });
  }

  /** [v, ∞), or (v, ∞) when `open`. */
  static atLeast(v: Rational, open = false): Interval {
    return new Interval({ v, open }, null);
  }

  /** (-∞, v], or (-∞, v) when `open`. */
  static atMost(v: Rational, open = false): Interval {
    return new Interval(null, { v, open });
  }

  /** True when no value lies inside. */
  get isEmpty(): boolean {
    if (!this.lo || !this.hi) return false;
    const c = this.lo.v.cmp(this.hi.v);
    return c > 0 || (c === 0 && (this.lo.open || this.hi.open));
  }

  /** True when the interval holds exactly one value. */
  get isPoint(): boolean {
    // A point made by `point` has one bound for both ends.
    if (this.lo === this.hi) return !!this.lo && !this.lo.open;
    return !!this.lo && !!this.hi && !this.lo.open && !this.hi.open && this.lo.v.equals(this.hi.v);
  }

  /** True when `x` lies inside. */
  contains(x: Rational): boolean {
    if (this.lo) {
      const c = x.cmp(this.lo.v);
      if (c < 0 || (c === 0 && this.lo.open)) return false;
    }
    if (this.hi) {
      const c = x.cmp(this.hi.v);
      if (c > 0 || (c === 0 && this.hi.open)) return false;
    }
    return true;
  }

  /** True when every value of `o` lies inside this interval. */
  containsInterval(o: Interval): boolean {
    return tighterLo(o.lo, this.lo) === o.lo && tighterHi(o.hi, this.hi) === o.hi;
  }

  /** True when both intervals have the same bounds (open or closed alike). */
  equals(o: Interval): boolean {
    return boundEq(this.lo, o.lo) && boundEq(this.hi, o.hi);
  }

  /** The values in both intervals (empty when they do not meet). */
  intersect(o: Interval): Interval {
    const lo = tighterLo(this.lo, o.lo);
    const hi = tighterHi(this.hi, o.hi);
    return lo === this.lo && hi === this.hi ? this : new Interval(lo, hi);
  }

  /** Every sum of a value of this interval and a value of `o`. */
  add(o: Interval): Interval {
    return new Interval(addB(this.lo, o.lo), addB(this.hi, o.hi));
  }

  /** Every difference of a value of this interval and a value of `o`. */
  sub(o: Interval): Interval {
    return new Interval(addB(this.lo, negB(o.hi)), addB(this.hi, negB(o.lo)));
  }

  /** The negated interval. */
  neg(): Interval {
    return new Interval(negB(this.hi), negB(this.lo));
  }

  /** Multiplication by an exact scalar. */
  scale(k: Rational): Interval {
    const s = k.sign();
    if (s === 0) return Interval.point(Rational.ZERO);
    const lo = this.lo && { v: this.lo.v.mul(k), open: this.lo.open };
    const hi = this.hi && { v: this.hi.v.mul(k), open: this.hi.open };
    return s > 0 ? new Interval(lo, hi) : new Interval(hi, lo);
  }

  /** Product of two intervals (sound: never narrower than the true range). */
  mul(o: Interval): Interval {
    if (this.isEmpty || o.isEmpty) return EMPTY;
    const ends: Array<[Ext, boolean]> = [];
    for (const a of [this.loExt(), this.hiExt()]) {
      for (const b of [o.loExt(), o.hiExt()]) {
        ends.push(mulExt(a, b));
      }
    }
    return fromExtremes(ends);
  }

  /**
   * Quotient `this / o`. When `o` contains zero the result is unbounded (sound, if loose);
   * callers avoid dividing by intervals that straddle zero.
   */
  div(o: Interval): Interval {
    if (this.isEmpty || o.isEmpty) return EMPTY;
    if (o.contains(Rational.ZERO) || (o.lo && o.lo.v.sign() === 0) || (o.hi && o.hi.v.sign() === 0)) {
      // A divisor touching zero from one side: the quotient may be unbounded on that side.
      if (o.contains(Rational.ZERO)) return Interval.ALL;
      const positive = (o.lo && o.lo.v.sign() >= 0) || false;
      const inv = positive
        ? new Interval(o.hi ? { v: Rational.ONE.div(o.hi.v), open: o.hi.open } : { v: Rational.ZERO, open: true }, null)
        : new Interval(null, o.lo ? { v: Rational.ONE.div(o.lo.v), open: o.lo.open } : { v: Rational.ZERO, open: true });
      return this.mul(inv);
    }
    // o lies strictly on one side of zero: 1/o is a finite-or-half-open interval.
    const inv = new Interval(
      o.hi ? { v: Rational.ONE.div(o.hi.v), open: o.hi.open } : { v: Rational.ZERO, open: true },
      o.lo ? { v: Rational.ONE.div(o.lo.v), open: o.lo.open } : { v: Rational.ZERO, open: true },
    );
    return this.mul(inv);
  }

  /** Narrows to the integers inside: (344, ∞) becomes [345, ∞). */
  integers(): Interval {
    let lo = this.lo;
    let hi = this.hi;
    if (lo) {
      const c = lo.v.ceil();
      const v = lo.open && c.equals(lo.v) ? c.add(Rational.ONE) : c;
      if (lo.open || !v.equals(lo.v)) lo = { v, open: false };
    }
    if (hi) {
      const f = hi.v.floor();
      const v = hi.open && f.equals(hi.v) ? f.sub(Rational.ONE) : f;
      if (hi.open || !v.equals(hi.v)) hi = { v, open: false };
    }
    return lo === this.lo && hi === this.hi ? this : new Interval(lo, hi);
  }

  /** A value inside, preferring `hint`, then a closed end, then a midpoint. Undefined when empty. */
  pick(hint?: Rational, integer = false): Rational | undefined {
    if (this.isEmpty) return undefined;
    const ok = (x: Rational) => this.contains(x) && (!integer || x.isInteger);
    if (hint && ok(hint)) return hint;
    if (hint && integer) {
      for (const x of [hint.floor(), hint.ceil()]) if (ok(x)) return x;
    }
    const cands: Rational[] = [];
    if (this.lo && !this.lo.open) cands.push(this.lo.v);
    if (this.hi && !this.hi.open) cands.push(this.hi.v);
    if (this.lo && this.hi) cands.push(this.lo.v.add(this.hi.v).div(Rational.of(2)));
    else if (this.lo) cands.push(this.lo.v.add(Rational.ONE));
    else if (this.hi) cands.push(this.hi.v.sub(Rational.ONE));
    else cands.push(Rational.ZERO);
    if (hint && this.lo && !this.hi) cands.push(hint.cmp(this.lo.v) > 0 ? hint : this.lo.v.add(Rational.ONE));
    for (const c of cands) {
      if (ok(c)) return c;
      if (integer) for (const x of [c.ceil(), c.floor()]) if (ok(x)) return x;
    }
    return undefined;
  }

  /** `[624, ∞)`, `(344, 345]`, `{37}` for a point; the ends as exact fractions (`[19/4, 97/20]`). */
  toString(): string {
    return this.format((v) => v.toString());
  }

  /**
   * The interval with its ends as plain decimals, for people: `[4.75, 4.85]` where `toString()`
   * gives `[19/4, 97/20]`. An end whose decimal does not terminate is rounded and marked `≈`.
   *
   * @example
   * ```ts
   * import { Interval, Rational } from "claimcheck";
   * Interval.between(Rational.of(19, 4), Rational.of(97, 20)).toDecimalString(); //=> "[4.75, 4.85]"
   * Interval.atLeast(Rational.of(1, 3), true).toDecimalString(); //=> "(≈0.333333, ∞)"
   * ```
   */
  toDecimalString(): string {
    return this.format((v) => v.toPlainDecimal());
  }

  private format(end: (v: Rational) => string): string {
    if (this.isPoint) return `{${end(this.lo!.v)}}`;
    const l = this.lo ? `${this.lo.open ? "(" : "["}${end(this.lo.v)}` : "(-∞";
    const h = this.hi ? `${end(this.hi.v)}${this.hi.open ? ")" : "]"}` : "∞)";
    return `${l}, ${h}`;
  }

  private loExt(): Ext {
    return this.lo ? { v: this.lo.v, open: this.lo.open } : { inf: -1 };
  }

  private hiExt(): Ext {
    return this.hi ? { v: this.hi.v, open: this.hi.open } : { inf: 1 };
  }
}

/** The empty interval. */
export const EMPTY = new Interval({ v: Rational.ONE, open: false }, { v: Rational.ZERO, open: false });

type Ext = { v: Rational; open: boolean } | { inf: -1 | 1 };

function mulExt(a: Ext, b: Ext): [Ext, boolean] {
  const sa = "inf" in a ? a.inf : a.v.sign();
  const sb = "inf" in b ? b.inf : b.v.sign();
  if ("inf" in a || "inf" in b) {
    // ∞ · 0 is taken as 0 (the limit of a bounded factor times zero), closed only when both closed.
    if (sa === 0 || sb === 0) return [{ v: Rational.ZERO, open: false }, true];
    return [{ inf: (sa * sb) as -1 | 1 }, true];
  }
  const v = a.v.mul(b.v);
  // A product end is attained when both factors are; a closed zero attains zero whatever the other.
  const zeroClosed = (sa === 0 && !a.open) || (sb === 0 && !b.open);
  return [{ v, open: !zeroClosed && (a.open || b.open) }, true];
}

function fromExtremes(ends: Array<[Ext, boolean]>): Interval {
  let lo: Ext | undefined;
  let hi: Ext | undefined;
  for (const [e] of ends) {
    if (!lo || extLess(e, lo)) lo = e;
    if (!hi || extLess(hi, e)) hi = e;
  }
  const loB = !lo || "inf" in lo ? null : { v: lo.v, open: closedAmong(ends, lo.v) ? false : lo.open };
  const hiB = !hi || "inf" in hi ? null : { v: hi.v, open: closedAmong(ends, hi.v) ? false : hi.open };
  return new Interval(loB, hiB);
}

function closedAmong(ends: Array<[Ext, boolean]>, v: Rational): boolean {
  return ends.some(([e]) => !("inf" in e) && !e.open && e.v.equals(v));
}

function extLess(a: Ext, b: Ext): boolean {
  if ("inf" in a) return "inf" in b ? a.inf < b.inf : a.inf < 0;
  if ("inf" in b) return b.inf > 0;
  const c = a.v.cmp(b.v);
  return c < 0;
}

function addB(a: Bound | null, b: Bound | null): Bound | null {
  if (!a || !b) return null;
  return { v: a.v.add(b.v), open: a.open || b.open };
}

function negB(a: Bound | null): Bound | null {
  return a && { v: a.v.neg(), open: a.open };
}

function boundEq(a: Bound | null, b: Bound | null): boolean {
  if (!a || !b) return a === b;
  return a.open === b.open && a.v.equals(b.v);
}

/** The tighter (larger) of two lower bounds; returns one of its arguments. */
export function tighterLo(a: Bound | null, b: Bound | null): Bound | null {
  if (!a) return b;
  if (!b) return a;
  const c = a.v.cmp(b.v);
  if (c !== 0) return c > 0 ? a : b;
  return b.open && !a.open ? b : a;
}

/** The tighter (smaller) of two upper bounds; returns one of its arguments. */
export function tighterHi(a: Bound | null, b: Bound | null): Bound | null {
  if (!a) return b;
  if (!b) return a;
  const c = a.v.cmp(b.v);
  if (c !== 0) return c < 0 ? a : b;
  return b.open && !a.open ? b : a;
}
