/**
 * Small systems a reader solves in their head, end to end through `check()`: the verdict, the
 * derived values and the message, each worked out by hand in the comment above it.
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";

const derived = (r: ReturnType<typeof check>) => Object.fromEntries(r.derived.map((d) => [d.claim, d.interval]));
const messages = (r: ReturnType<typeof check>) => r.findings.map((f) => `${f.ruleId}: ${f.message}`);

describe("worked examples", () => {
  it("x + y = 10 and x − y = 4: consistent, x = 7 and y = 3", () => {
    // Adding the two: 2x = 14.
    const r = check({
      claims: { x: { unknown: true }, y: { unknown: true }, t: 10, d: 4 },
      relations: [
        { kind: "sum", parts: ["x", "y"], total: "t" },
        { kind: "change", from: "y", to: "x", difference: "d" },
      ],
    });
    expect(r.verdict).toBe("consistent");
    expect(derived(r)).toEqual({ x: "{7}", y: "{3}" });
    expect(r.findings).toEqual([]);
  });

  it("x + y = 10 and x − y = 3 reports: inconsistent, x would be 6.5 reports", () => {
    // 2x = 13: x = 6.5, no whole number of reports. Propagation alone only narrows x to 3 … 10.
    const r = check({
      claims: { x: { unknown: true }, y: { unknown: true }, t: { value: 10, unit: "reports" }, d: { value: 3, unit: "reports" } },
      relations: [
        { kind: "sum", parts: ["x", "y"], total: "t" },
        { kind: "change", from: "y", to: "x", difference: "d" },
      ],
    });
    expect(r.verdict).toBe("inconsistent");
    expect(messages(r)).toEqual(["sum: x + y = 10 and y → x; difference 3 leave x only 6.5, but x is a whole number (with change at relations[1])"]);
    const data = r.findings[0]!.data as { whole?: { claim: string; range: { toString(): string } } };
    expect(data.whole?.claim).toBe("x");
    expect(data.whole?.range.toString()).toBe("{13/2}");
  });

  it("a weighted sum: x + y = 10 and x − y = 3 as Σ weight · part, for whole numbers", () => {
    const r = check({
      claims: { x: { unknown: true, integer: true }, y: { unknown: true, integer: true }, t: 10, d: { value: 3, signed: true } },
      relations: [
        { kind: "sum", parts: ["x", "y"], total: "t" },
        { kind: "sum", parts: ["x", "y"], weights: ["1", "-1"], total: "d" },
      ],
    });
    expect(r.verdict).toBe("inconsistent");
    expect(messages(r)).toEqual(["sum: x + y = 10 and x − y = 3 leave x only 6.5, but x is a whole number (with sum at relations[0])"]);
  });

  it("200 people, 55% women and 40% men, women + men = all: the arithmetic forward, never [any value]", () => {
    // 55% (54.5 … 55.5%) of 200 is 109 … 111; 40% (39.5 … 40.5%) of 200 is 79 … 81; together
    // 188 … 192, not 200.
    const r = check({
      claims: { all: { value: 200, unit: "people" }, women: { unknown: true }, men: { unknown: true }, pw: "55%", pm: "40%" },
      relations: [
        { kind: "percent-of", part: "women", whole: "all", percent: "pw" },
        { kind: "percent-of", part: "men", whole: "all", percent: "pm" },
        { kind: "sum", parts: ["women", "men"], total: "all" },
      ],
    });
    expect(r.verdict).toBe("inconsistent");
    expect(messages(r)).toEqual([
      'sum: 55% of 200 is from 109 to 111 for women; 40% of 200 is from 79 to 81 for men; so women + men = from 188 to 192, but the total is stated as "200" (with percent-of at relations[0], percent-of at relations[1])',
    ]);
  });

  it("97 + 58 women and children of 285, stated as 55%: reported under the percentage, forward", () => {
    // 97 + 58 = 155; 155 / 285 = 54.386 …%, outside 54.5 … 55.5%.
    const r = check({
      claims: { w: 97, c: 58, wc: { unknown: true }, all: 285, p: "55%" },
      relations: [
        { kind: "sum", parts: ["w", "c"], total: "wc" },
        { kind: "percent-of", part: "wc", whole: "all", percent: "p" },
      ],
    });
    expect(r.verdict).toBe("inconsistent");
    expect(messages(r)).toEqual(['percent-of: 97 + 58 = 155 for wc; so wc of 285 is ≈54.39%, but the percentage is stated as "55%" (with sum at relations[0])']);
  });

  it("50% of a signed −4 is −2: a percentage of a negative whole, as percent · whole = 100 · part", () => {
    // 49.5% … 50.5% of −4 is −2.02 … −1.98: the one whole number is −2.
    const r = check({ claims: { a: { value: -4, signed: true }, c: { unknown: true, signed: true }, p: "50%" }, relations: [{ kind: "percent-of", part: "c", whole: "a", percent: "p" }] });
    expect(r.verdict).toBe("consistent");
    expect(derived(r)).toEqual({ c: "{-2}" });
  });

  it("700 + an unknown count = 619: inconsistent, since a count is at least 0 (not −81 people)", () => {
    const r = check({
      claims: { a: { value: 700, unit: "people" }, b: { unknown: true }, t: { value: 619, unit: "people" } },
      relations: [{ kind: "sum", parts: ["a", "b"], total: "t" }],
    });
    expect(r.verdict).toBe("inconsistent");
    expect(messages(r)).toEqual(['sum: 700 + b (at least 0) = at least 700, but the total is stated as "619"']);
  });
});
