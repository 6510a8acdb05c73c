import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY, Interval } from "../../src/numbers/interval.js";
import { Rational } from "../../src/numbers/rational.js";

const q = (n: number, d = 1) => Rational.of(n, d);
const closed = (a: number, b: number) => Interval.between(q(a), q(b));
const s = (i: Interval) => i.toString();

describe("Interval", () => {
  it("prints points, open and closed ends and infinities", () => {
    expect(s(Interval.point(q(37)))).toBe("{37}");
    expect(s(Interval.atLeast(q(685)))).toBe("[685, ∞)");
    expect(s(Interval.atLeast(q(344), true))).toBe("(344, ∞)");
    expect(s(Interval.atMost(q(10), true))).toBe("(-∞, 10)");
    expect(s(Interval.between(q(95, 2), q(97, 2)))).toBe("[95/2, 97/2]");
    expect(s(Interval.ALL)).toBe("(-∞, ∞)");
  });

  it("is empty exactly when no value fits", () => {
    expect(closed(3, 3).isEmpty).toBe(false);
    expect(Interval.between(q(3), q(3), true, false).isEmpty).toBe(true);
    expect(Interval.between(q(3), q(3), false, true).isEmpty).toBe(true);
    expect(closed(4, 3).isEmpty).toBe(true);
    expect(EMPTY.isEmpty).toBe(true);
    expect(Interval.ALL.isEmpty).toBe(false);
    expect(closed(3, 3).isPoint).toBe(true);
    expect(closed(3, 4).isPoint).toBe(false);
  });

  it("contains its closed ends and not its open ones", () => {
    const more344 = Interval.atLeast(q(344), true);
    expect(more344.contains(q(344))).toBe(false);
    expect(more344.contains(q(345))).toBe(true);
    expect(more344.contains(q(6881, 20))).toBe(true); // 344.05
    const pct = Interval.between(q(95, 2), q(97, 2)); // "48%"
    expect(pct.contains(q(95, 2))).toBe(true);
    expect(pct.contains(q(97, 2))).toBe(true);
    expect(pct.contains(q(45))).toBe(false);
    expect(Interval.between(q(95, 2), q(97, 2), false, true).contains(q(97, 2))).toBe(false);
    expect(closed(1, 5).containsInterval(closed(2, 5))).toBe(true);
    expect(Interval.between(q(1), q(5), false, true).containsInterval(closed(2, 5))).toBe(false);
    expect(Interval.ALL.containsInterval(Interval.atLeast(q(0)))).toBe(true);
    expect(Interval.atLeast(q(0)).containsInterval(Interval.ALL)).toBe(false);
  });

  it("intersects, keeping the tighter end (open beats closed at the same value)", () => {
    expect(s(closed(1, 5).intersect(closed(3, 8)))).toBe("[3, 5]");
    expect(s(Interval.atLeast(q(3), true).intersect(closed(3, 8)))).toBe("(3, 8]");
    expect(closed(1, 2).intersect(closed(3, 4)).isEmpty).toBe(true);
    expect(Interval.atMost(q(3), true).intersect(Interval.atLeast(q(3))).isEmpty).toBe(true);
  });

  it("adds and subtracts end by end; an open end stays open", () => {
    // at least 685 minus 61 is at least 624: the derived previous total.
    expect(s(Interval.atLeast(q(685)).sub(Interval.point(q(61))))).toBe("[624, ∞)");
    expect(s(closed(1, 2).add(Interval.between(q(10), q(20), true, false)))).toBe("(11, 22]");
    // [1, 2] − [10, 20] = [1 − 20, 2 − 10] = [−19, −8]
    expect(s(closed(1, 2).sub(closed(10, 20)))).toBe("[-19, -8]");
    expect(s(Interval.atLeast(q(1)).add(Interval.atMost(q(1))))).toBe("(-∞, ∞)");
    expect(s(closed(1, 2).neg())).toBe("[-2, -1]");
  });

  it("scales by an exact factor, flipping for a negative one", () => {
    expect(s(Interval.between(q(1), q(2), true, false).scale(q(-3)))).toBe("[-6, -3)");
    expect(s(closed(1, 2).scale(Rational.ZERO))).toBe("{0}");
    expect(s(Interval.atLeast(q(3)).scale(q(1, 2)))).toBe("[3/2, ∞)");
  });

  it("multiplies across signs and infinities", () => {
    // ends: (−2)(−5) = 10, (−2)(4) = −8, 3(−5) = −15, 3·4 = 12 → [−15, 12]
    expect(s(closed(-2, 3).mul(closed(-5, 4)))).toBe("[-15, 12]");
    expect(s(closed(2, 3).mul(closed(4, 5)))).toBe("[8, 15]");
    expect(s(Interval.atLeast(q(0)).mul(closed(1, 2)))).toBe("[0, ∞)");
    expect(s(Interval.between(q(1), q(2), true, false).mul(closed(3, 4)))).toBe("(3, 8]");
    expect(s(closed(0, 0).mul(Interval.ALL))).toBe("{0}");
    expect(closed(2, 1).mul(closed(1, 2)).isEmpty).toBe(true);
  });

  it("divides, unbounded when the divisor may be zero", () => {
    expect(s(closed(1, 2).div(closed(4, 8)))).toBe("[1/8, 1/2]");
    expect(s(closed(1, 2).div(closed(-8, -4)))).toBe("[-1/2, -1/8]");
    expect(s(closed(1, 2).div(closed(-1, 1)))).toBe("(-∞, ∞)");
    // 1 / (0, 5] = [1/5, ∞)
    expect(s(closed(1, 1).div(Interval.between(q(0), q(5), true, false)))).toBe("[1/5, ∞)");
    // 1 / [−3, 0) = (−∞, −1/3]
    expect(s(closed(1, 1).div(Interval.between(q(-3), q(0), false, true)))).toBe("(-∞, -1/3]");
    // 1 / [2, ∞) = (0, 1/2]
    expect(s(closed(1, 1).div(Interval.atLeast(q(2))))).toBe("(0, 1/2]");
  });

  it("narrows to the integers inside", () => {
    expect(s(Interval.atLeast(q(344), true).integers())).toBe("[345, ∞)");
    expect(s(Interval.atMost(q(10), true).integers())).toBe("(-∞, 9]");
    expect(s(closed(1150000, 1250000).integers())).toBe("[1150000, 1250000]");
    expect(s(Interval.between(q(1150000), q(1250000), false, true).integers())).toBe("[1150000, 1249999]");
    expect(s(Interval.between(q(3, 2), q(7, 2)).integers())).toBe("[2, 3]");
    expect(s(Interval.between(q(-7, 2), q(-3, 2)).integers())).toBe("[-3, -2]");
    expect(Interval.between(q(2), q(3), true, true).integers().isEmpty).toBe(true);
    expect(Interval.between(q(1, 3), q(2, 3)).integers().isEmpty).toBe(true);
  });

  it("picks a value inside, preferring the hint", () => {
    expect(closed(1, 10).pick(q(4))?.toString()).toBe("4");
    expect(closed(1, 10).pick(q(40))?.toString()).toBe("1");
    expect(Interval.atLeast(q(344), true).pick(undefined, true)?.toString()).toBe("345");
    expect(Interval.between(q(1, 3), q(5, 3)).pick(q(1, 2), true)?.toString()).toBe("1");
    expect(Interval.between(q(1, 3), q(2, 3)).pick(undefined, true)).toBeUndefined();
    expect(EMPTY.pick()).toBeUndefined();
  });

  const rat = fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 6 })).map(([n, d]) => q(n, d));
  const interval = fc.tuple(rat, rat, fc.boolean(), fc.boolean()).map(([a, b, oa, ob]) =>
    a.cmp(b) <= 0 ? Interval.between(a, b, oa && !a.equals(b), ob && !a.equals(b)) : Interval.between(b, a, oa, ob),
  );
  const inside = (i: Interval) =>
    fc.integer({ min: 1, max: 99 }).map((t) => {
      // A point strictly inside (or the point itself): lo + (hi − lo)·t/100.
      const lo = i.lo!.v;
      const hi = i.hi!.v;
      return lo.add(hi.sub(lo).mul(q(t, 100)));
    });

  it("add, sub and mul are sound: x ∈ A and y ∈ B give x∘y ∈ A∘B", () => {
    fc.assert(
      fc.property(
        interval.chain((a) => interval.chain((b) => fc.tuple(fc.constant(a), fc.constant(b), inside(a), inside(b)))),
        ([a, b, x, y]) => {
          expect(a.add(b).contains(x.add(y))).toBe(true);
          expect(a.sub(b).contains(x.sub(y))).toBe(true);
          expect(a.mul(b).contains(x.mul(y))).toBe(true);
          if (y.sign() !== 0) expect(a.div(b).contains(x.div(y))).toBe(true);
        },
      ),
    );
  });
});
