import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { parseQuantity } from "../../src/numbers/quantity.js";
import { Rational } from "../../src/numbers/rational.js";
import { roundingLatitude } from "../../src/relations/conversion.js";
import { ruleTester } from "./tester.js";

const conv = (from: string, to: string) => ({ kind: "conversion" as const, from, to });

// Factors: 1 ft = 0.3048 m, 1 in = 2.54 cm, 1 mi = 1.609344 km, 1 acre = 4,046.8564224 m²,
// 1 ha = 10,000 m², 1 t = 1,000 kg, 1 lb = 0.45359237 kg. Each figure is its printed interval
// (30 feet is 29.5 to 30.5 feet) converted exactly.
ruleTester("conversion", {
  valid: [
    // 29.5 to 30.5 ft is 8.9916 to 9.2964 m; "9 metres" is 8.5 to 9.5.
    { name: "30 feet (9 metres)", claims: { a: "30 feet", b: "9 metres" }, relations: [conv("a", "b")] },
    // 3,999.5 to 4,000.5 ha is 9,882.98 to 9,885.45 acres. "9,900" printed to the acre (9,899.5 to
    // 9,900.5) misses it; rounded to hundreds (9,850 to 9,950), as conversions are, it holds.
    { name: "4,000 hectares (9,900 acres): a whole figure ending in zeros may be rounded at its last non-zero digit", claims: { a: "4,000 hectares", b: "9,900 acres" }, relations: [conv("a", "b")] },
    // 2,499.5 to 2,500.5 acres is 1,011.5 to 1,011.9 ha: "1,000" rounded to thousands (500 to 1,500).
    { name: "2,500 acres (1,000 hectares)", claims: { a: "2,500 acres", b: "1,000 hectares" }, relations: [conv("a", "b")] },
    // 9.5 to 10.5 in is 24.13 to 26.67 cm; "25 cm" is 24.5 to 25.5.
    { name: "10 inches (25 cm)", claims: { a: "10 inches", b: "25 cm" }, relations: [conv("a", "b")] },
    // 26.15 to 26.25 mi is 42.0843 to 42.2453 km; "42.2 km" is 42.15 to 42.25.
    { name: "26.2 miles (42.2 km)", claims: { a: "26.2 miles", b: "42.2 km" }, relations: [conv("a", "b")] },
    // 1.15 to 1.25 million acres is 465,388 to 505,857 ha.
    { name: "1.2 million acres (485,000 hectares)", claims: { a: "1.2 million acres", b: "485,000 hectares" }, relations: [conv("a", "b")] },
    // 4.5 to 5.5 t is 9,920.8 to 12,125.3 lb.
    { name: "5 tonnes (11,000 lb)", claims: { a: "5 tonnes", b: "11,000 lb" }, relations: [conv("a", "b")] },
    {
      // 30 feet, a multiple of 5, may be rounded to 5s: 27.5 to 32.5 feet, 8.382 to 9.906 m.
      name: "an unknown conversion takes the figure's range, in its own unit",
      claims: { a: "30 feet", b: { unknown: true, unit: "metres" } },
      relations: [conv("a", "b")],
      derived: { b: "[4191/500, 4953/500]" },
    },
    {
      // 31 feet is no multiple of 5: 30.5 to 31.5 feet, 9.2964 to 9.6012 m.
      name: "an unknown conversion of a figure that is no multiple of 5 takes its printed range",
      claims: { a: "31 feet", b: { unknown: true, unit: "metres" } },
      relations: [conv("a", "b")],
      derived: { b: "[23241/2500, 24003/2500]" },
    },
    // 119.5 to 120.5 mph is 192.3 to 193.9 km/h, which "195" (194.5 to 195.5) misses; 120 rounded
    // to 5s (117.5 to 122.5 mph, 189.1 to 197.2 km/h) holds it: both from 105 knots (120.8 mph,
    // 194.5 km/h), as the National Hurricane Center converts.
    { name: "120 mph (195 km/h): the figure may be rounded to 5s too", claims: { a: "120 mph", b: "195 km/h" }, relations: [conv("a", "b")] },
    // 44.5 to 45.5 mph is 71.6 to 73.2 km/h.
    { name: "45 mph (72 km/h)", claims: { a: "45 mph", b: "72 km/h" }, relations: [conv("a", "b")] },
    // 49.5 to 50.5 knots (1,852 m an hour each) is 91.7 to 93.5 km/h.
    { name: "50 knots (93 km/h)", claims: { a: "50 knots", b: "93 km/h" }, relations: [conv("a", "b")] },
  ],
  invalid: [
    {
      name: "30 feet (12 metres)",
      claims: { a: "30 feet", b: "12 metres" },
      relations: [conv("a", "b")],
      findings: [
        {
          ruleId: "conversion",
          messageId: "conflict",
          claims: ["a", "b"],
          // 27.5 to 32.5 feet, rounded to 5s.
          expected: "8.382 metres – 9.906 metres",
          actual: "12 metres",
          message: '"30 feet" is 8.991 to 9.297 metres (8.382 to 9.906 metres if it was rounded to the nearest 5), which does not round to "12 metres"',
        },
      ],
    },
    {
      // 9,882.98 to 9,885.45 acres does not round to 9,800 even at hundreds (9,750 to 9,850). The
      // expected range is what "9,800" as printed (9,799.5 to 9,800.5) would have to meet: the
      // conversion widened by the rounding at hundreds, 49.5 acres either side.
      name: "4,000 hectares (9,800 acres)",
      claims: { a: "4,000 hectares", b: "9,800 acres" },
      relations: [conv("a", "b")],
      findings: [
        {
          ruleId: "conversion",
          messageId: "conflict",
          claims: ["a", "b"],
          // 3,997.5 to 4,002.5 ha (rounded to 5s) is 9,878.04 to 9,890.39 acres; 49.5 either side.
          expected: "≈9828.54 acres – ≈9939.89 acres",
          actual: "9,800 acres",
          message: '"4,000 hectares" is 9882 to 9886 acres (9878 to 9891 acres if it was rounded to the nearest 5), which does not round to "9,800 acres"',
        },
      ],
    },
    {
      // 99.5 to 100.5 mi is 160.13 to 161.74 km; "100 km" at hundreds is 50 to 150, so "100 km"
      // as printed would have to be 49.5 km nearer: 110.63 to 211.24.
      name: "100 miles (100 km)",
      claims: { a: "100 miles", b: "100 km" },
      relations: [conv("a", "b")],
      findings: [
        {
          ruleId: "conversion",
          messageId: "conflict",
          claims: ["a", "b"],
          // 97.5 to 102.5 mi (rounded to 5s) is 156.91 to 164.96 km; 49.5 either side.
          expected: "107.41104 kilometres – 214.45776 kilometres",
          actual: "100 km",
          message: '"100 miles" is 160.1 to 161.8 kilometres (156.9 to 165 kilometres if it was rounded to the nearest 5), which does not round to "100 km"',
        },
      ],
    },
    {
      name: "26.2 miles (41 km)",
      claims: { a: "26.2 miles", b: "41 km" },
      relations: [conv("a", "b")],
      findings: [
        {
          ruleId: "conversion",
          messageId: "conflict",
          claims: ["a", "b"],
          expected: "≈42.08 kilometres – 42.24528 kilometres",
          actual: "41 km",
          message: '"26.2 miles" is 42.08 to 42.25 kilometres, which does not round to "41 km"',
        },
      ],
    },
    {
      // 59.5 to 60.5 mph is 95.76 to 97.37 km/h (57.5 to 62.5 mph rounded to 5s: 92.54 to 100.58);
      // "60 km/h" may be rounded at tens, 4.5 km/h either side of its printed 59.5 to 60.5.
      name: "60 mph (60 km/h): a speed in the wrong unit",
      claims: { a: "60 mph", b: "60 km/h" },
      relations: [conv("a", "b")],
      findings: [
        {
          ruleId: "conversion",
          messageId: "conflict",
          claims: ["a", "b"],
          expected: "88.03728 kilometres per hour – 105.084 kilometres per hour",
          actual: "60 km/h",
          message: '"60 mph" is 95.75 to 97.37 kilometres per hour (92.5 to 100.6 kilometres per hour if it was rounded to the nearest 5), which does not round to "60 km/h"',
        },
      ],
    },
    {
      name: "a length is not converted to a mass",
      claims: { a: "30 feet", b: "9 kg" },
      relations: [conv("a", "b")],
      findings: [
        {
          ruleId: "unit",
          messageId: "unit-mismatch",
          claims: ["a", "b"],
          message: "the conversion relation at relations[0] mixes units: 'a' (from) is a length (feet), but 'b' (to) is a mass (kilograms)",
        },
      ],
    },
  ],
});

describe("roundingLatitude", () => {
  const latitude = (written: string) => {
    const q = parseQuantity(written);
    if (!q.ok) throw new Error(written);
    const l = roundingLatitude(q.quantity);
    return l && [l.below.toString(), l.above.toString()];
  };
  it("9,900 acres: 9,899.5 to 9,900.5 printed, 9,850 to 9,950 at hundreds, so 49.5 acres either side (in m²)", () => {
    const acre = Rational.parse("4046.8564224");
    const half = acre.mul(Rational.parse("49.5"));
    expect(latitude("9,900 acres")).toEqual([half.neg().toString(), half.toString()]);
  });
  it("160 km: 159.5 to 160.5 printed, 155 to 165 at tens, so 4,500 m either side", () => {
    expect(latitude("160 km")).toEqual(["-4500", "4500"]);
  });
  it.each(["12 metres", "42.2 km", "1.2 million acres", "about 160 km", "at least 100 km", "two-thirds"])("%s has none: no zeros past its precision, or not a plain rounded figure", (written) => {
    expect(latitude(written)).toBeUndefined();
  });
});

describe("conversion, as a property (fast-check, fixed seed)", () => {
  // [written unit, its exact size in base units]: feet and metres, miles and kilometres, acres and
  // hectares (in m²), pounds and kilograms, minutes and hours (in seconds).
  const PAIRS: ReadonlyArray<readonly [string, Rational, string, Rational]> = [
    ["feet", Rational.parse("0.3048"), "metres", Rational.ONE],
    ["miles", Rational.parse("1609.344"), "km", Rational.of(1000n)],
    ["acres", Rational.parse("4046.8564224"), "hectares", Rational.of(10000n)],
    ["lb", Rational.parse("0.45359237"), "kg", Rational.ONE],
    ["minutes", Rational.of(60n), "hours", Rational.of(3600n)],
  ];
  const HALF = Rational.of(1n, 2n);
  /** y rounded half up to a multiple of 10^j. */
  const round = (y: Rational, j: number) => {
    const step = j >= 0 ? Rational.of(10n ** BigInt(j)) : Rational.of(1n, 10n ** BigInt(-j));
    return y.div(step).add(HALF).floor().mul(step);
  };
  const verdict = (from: string, to: string) => check({ claims: { a: from, b: to }, relations: [conv("a", "b")] }).verdict;

  it("an exact conversion of a whole figure, rounded to any precision a writer picks, always holds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: PAIRS.length - 1 }), fc.integer({ min: -2, max: 6 }), fc.boolean(), (x, p, j, reverse) => {
        const [u1, f1, u2, f2] = PAIRS[p]!;
        const [fromUnit, fromFactor, toUnit, toFactor] = reverse ? [u2, f2, u1, f1] : [u1, f1, u2, f2];
        const y = round(Rational.of(BigInt(x)).mul(fromFactor).div(toFactor), j);
        fc.pre(y.sign() > 0);
        expect(verdict(`${x} ${fromUnit}`, `${y.toPlainDecimal()} ${toUnit}`)).toBe("consistent");
      }),
      { numRuns: 400 },
    );
  });

  it("a conversion half as large again, rounded to three significant digits (not ending in 0), always fails", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 1_000_000 }), fc.integer({ min: 0, max: PAIRS.length - 1 }), fc.boolean(), (x, p, reverse) => {
        const [u1, f1, u2, f2] = PAIRS[p]!;
        const [fromUnit, fromFactor, toUnit, toFactor] = reverse ? [u2, f2, u1, f1] : [u1, f1, u2, f2];
        const wrong = Rational.of(BigInt(x)).mul(fromFactor).div(toFactor).mul(Rational.of(3n, 2n));
        const digits = wrong.floor().toPlainDecimal().length;
        const y = round(wrong, digits - 3).toPlainDecimal();
        // A figure that ends in zeros may be rounded at its last non-zero digit ("100" is 50 to 150
        // at its loosest), so it is no longer three significant digits to the checker.
        fc.pre(!y.endsWith("0"));
        expect(verdict(`${x} ${fromUnit}`, `${y} ${toUnit}`)).toBe("inconsistent");
      }),
      { numRuns: 400 },
    );
  });
});
