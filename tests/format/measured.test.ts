import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { formatPretty } from "../../src/formats/pretty.js";
import { describeMeasured } from "../../src/messages/words.js";
import { Interval } from "../../src/numbers/interval.js";
import { Rational } from "../../src/numbers/rational.js";

const r = (n: number, d = 1) => Rational.of(n, d);

describe("intervals in the words of their unit", () => {
  it.each([
    [Interval.between(r(3_850_000_000), r(3_950_000_000)), { dimension: "money", currency: "USD" } as const, "$3.85 billion – $3.95 billion"],
    [Interval.between(r(95, 2), r(97, 2)), { dimension: "share" } as const, "47.5% – 48.5%"],
    [Interval.between(r(-17, 20), r(-3, 4)), { dimension: "points" } as const, "-0.85 points – -0.75 points"],
    [Interval.atLeast(r(5_000_000)), { dimension: "money", currency: "EUR" } as const, "at least €5 million"],
    [Interval.point(r(12)), { dimension: "money", currency: "SEK" } as const, "12 SEK"],
    // 147,050,000 / 2,150 = 68,395.348…
    [Interval.point(r(147_050_000, 2150)), { dimension: "money", currency: "USD" } as const, "≈$68,395.35"],
  ])("%s", (i, m, want) => {
    expect(describeMeasured(i, m)).toBe(want);
  });
});

describe("derived values carry their unit", () => {
  const result = check({
    claims: { payroll: "$147.1 million", workers: 2150, salary: { unknown: true } },
    relations: [{ kind: "average", total: "payroll", count: "workers", mean: "salary" }],
  });

  it("in JSON: the decimal interval, the exact one, the unit and the words", () => {
    // [147,050,000, 147,150,000] / 2,150 = [68,395.35, 68,441.86].
    expect(result.derived).toEqual([
      {
        claim: "salary",
        min: 147_050_000 / 2150,
        max: 147_150_000 / 2150,
        interval: "[≈68395.35, ≈68441.86]",
        exact: "[2941000/43, 2943000/43]",
        unit: "USD",
        words: "≈$68,395.35 – ≈$68,441.86",
      },
    ]);
  });

  it("in the pretty report", () => {
    expect(formatPretty([result], { color: false })).toContain("implied salary (USD) is ≈$68,395.35 – ≈$68,441.86  [≈68395.35, ≈68441.86]");
  });
});
