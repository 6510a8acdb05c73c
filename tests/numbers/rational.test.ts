import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Rational } from "../../src/numbers/rational.js";

const r = (n: bigint | number, d: bigint | number = 1n) => Rational.of(n, d);

describe("Rational", () => {
  it("normalises sign and common factors", () => {
    expect(r(6, -4)).toEqual(r(-3, 2));
    expect(r(6, -4).n).toBe(-3n);
    expect(r(6, -4).d).toBe(2n);
    expect(r(0, -7).toString()).toBe("0");
    expect(r(-10, -4).toString()).toBe("5/2");
    expect(() => r(1, 0)).toThrow(RangeError);
  });

  it("parses decimals exactly, keeping no float error", () => {
    expect(Rational.parse("0.1").add(Rational.parse("0.2")).equals(Rational.parse("0.3"))).toBe(true);
    expect(Rational.parse("12.50").toString()).toBe("25/2");
    expect(Rational.parse("-4.35").toString()).toBe("-87/20");
    expect(Rational.parse("+7").toString()).toBe("7");
    expect(Rational.parse(".5").toString()).toBe("1/2");
    expect(Rational.parse("5.").toString()).toBe("5");
    for (const bad of ["", "-", "1e3", "1,000", "1.2.3", "abc", "٣"]) expect(() => Rational.parse(bad)).toThrow(RangeError);
  });

  it("does exact arithmetic", () => {
    // 540/1200 · 100 = 45 exactly.
    expect(r(540, 1200).mul(Rational.HUNDRED).toString()).toBe("45");
    // 13/37 · 100 = 1300/37 (≈ 35.135…), not 35.
    expect(r(13, 37).mul(Rational.HUNDRED).toString()).toBe("1300/37");
    expect(r(1, 3).add(r(1, 6)).toString()).toBe("1/2");
    expect(r(1, 3).sub(r(1, 2)).toString()).toBe("-1/6");
    expect(r(2, 3).div(r(4, 9)).toString()).toBe("3/2");
    expect(r(5).neg().toString()).toBe("-5");
    expect(() => r(1).div(Rational.ZERO)).toThrow(RangeError);
  });

  it("compares exactly at a rounding boundary where floats would not", () => {
    // 0.1 + 0.2 > 0.3 in floats; not here.
    expect(Rational.parse("0.1").add(Rational.parse("0.2")).cmp(Rational.parse("0.3"))).toBe(0);
    expect(r(1, 3).cmp(Rational.parse("0.333333333333333333"))).toBe(1);
    expect(r(-1, 2).cmp(r(-1, 3))).toBe(-1);
    expect(r(-1, 2).sign()).toBe(-1);
    expect(Rational.ZERO.sign()).toBe(0);
  });

  it("floors and ceils towards the right side for negatives", () => {
    expect(r(7, 2).floor().toString()).toBe("3");
    expect(r(7, 2).ceil().toString()).toBe("4");
    expect(r(-7, 2).floor().toString()).toBe("-4");
    expect(r(-7, 2).ceil().toString()).toBe("-3");
    expect(r(5).floor().toString()).toBe("5");
    expect(r(5).isInteger).toBe(true);
    expect(r(5, 2).isInteger).toBe(false);
  });

  it("renders decimals for messages, exact when they terminate", () => {
    expect(r(1, 8).toDecimal()).toBe("0.125");
    expect(r(95, 2).toDecimal()).toBe("47.5");
    expect(r(-87, 20).toDecimal()).toBe("-4.35");
    // 1300/37 = 35.1351… → rounded to two places and marked.
    expect(r(1300, 37).toDecimal()).toBe("≈35.14");
    expect(r(1, 3).toDecimal()).toBe("≈0.33");
    expect(r(24160).toDecimal()).toBe("24,160");
    expect(r(1169).toDecimal()).toBe("1169");
    expect(r(1250001).toDecimal()).toBe("1,250,001");
  });

  it("add and mul are exact on random fractions (a/b + c/d = (ad + cb)/bd)", () => {
    const nz = fc.bigInt({ min: -1000n, max: 1000n }).filter((x) => x !== 0n);
    fc.assert(
      fc.property(fc.bigInt({ min: -1000n, max: 1000n }), nz, fc.bigInt({ min: -1000n, max: 1000n }), nz, (a, b, c, d) => {
        const x = r(a, b);
        const y = r(c, d);
        expect(x.add(y).equals(r(a * d + c * b, b * d))).toBe(true);
        expect(x.mul(y).equals(r(a * c, b * d))).toBe(true);
        expect(x.sub(y).add(y).equals(x)).toBe(true);
        if (c !== 0n) expect(x.div(y).mul(y).equals(x)).toBe(true);
      }),
    );
  });
});
