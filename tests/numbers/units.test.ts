import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { parseQuantity, type Quantity } from "../../src/numbers/quantity.js";
import { readPhysicalUnit } from "../../src/numbers/units.js";

function quantity(written: string): Quantity {
  const r = parseQuantity(written);
  if (!r.ok) throw new Error(`did not parse: ${written}`);
  return r.quantity;
}

describe("units of measurement as written", () => {
  // Kept in the base unit (second, metre, kilogram, square metre). A whole measurement is
  // rounded to its unit, as a percentage is: "30 feet" is 29.5 to 30.5 feet.
  it.each([
    // 29.5 × 0.3048 = 8.9916; 30.5 × 0.3048 = 9.2964.
    ["30 feet", "[8.9916, 9.2964]", "length", "ft"],
    ["30-foot", "[8.9916, 9.2964]", "length", "ft"],
    ["9 metres", "[8.5, 9.5]", "length", "m"],
    ["9-metre", "[8.5, 9.5]", "length", "m"],
    // 2.5 km to the tenth: 2.45 to 2.55 km.
    ["2.5 km", "[2450, 2550]", "length", "km"],
    ["12km", "[11500, 12500]", "length", "km"],
    // 89.5 × 60 = 5,370; 90.5 × 60 = 5,430.
    ["90 minutes", "[5370, 5430]", "duration", "min"],
    // 2.5 × 3,600 = 9,000; 3.5 × 3,600 = 12,600.
    ["3 hours", "[9000, 12600]", "duration", "h"],
    // Each end rounded, as "30–40%" is 29.5 to 40.5: 2.5 to 4.5 hours.
    ["between 3 and 4 hours", "[9000, 16200]", "duration", "h"],
    // Years and months vary in length: kept as written.
    ["5 years", "[4.5, 5.5]", "duration", "year"],
    ["12 kg", "[11.5, 12.5]", "mass", "kg"],
    // 399.5 × 10,000 to 400.5 × 10,000 square metres.
    ["400 hectares", "[3995000, 4005000]", "area", "ha"],
    ["12 sq km", "[11500000, 12500000]", "area", "km²"],
  ])("%s is %s (%s in %s)", (w, interval, dimension, unit) => {
    const q = quantity(w);
    expect(q.interval.toDecimalString()).toBe(interval);
    expect(q.measure).toEqual({ dimension, unit });
    expect(q.integer).toBe(false);
  });

  it.each([
    ["5m", "a multiplier: five million"],
    ["3 in", "a preposition"],
    ["10 hourly", "not a unit word"],
  ])("%s is not a measurement (%s)", (w) => {
    const r = parseQuantity(w);
    if (r.ok) expect(r.quantity.measure?.unit).toBeUndefined();
  });

  it("reads a unit only at a word boundary", () => {
    expect(readPhysicalUnit("3 hoursx", 1)).toBeNull();
    expect(readPhysicalUnit("30-foot wall", 2)).toEqual({ unit: expect.objectContaining({ symbol: "ft" }), end: 7 });
  });

  it.each([
    ["threefold", "3"],
    ["Tenfold", "10"],
    ["three-fold", "3"],
  ])("%s is a multiplier of %s", (w, v) => {
    const q = quantity(w);
    expect(q.interval.toDecimalString()).toBe(`{${v}}`);
    expect(q.measure).toEqual({ dimension: "multiplier" });
  });
});

describe("a claim's unit", () => {
  const one = (claim: object) => check({ document: { id: "d" }, claims: { a: claim, b: { unknown: true } }, relations: [{ kind: "equal", claims: ["a", "b"] }] });

  it("reads basis points as hundredths of a point", () => {
    // 60 bp to the basis point: 59.5 to 60.5 bp = 0.595 to 0.605 points.
    const r = one({ value: 60, unit: "bp" });
    expect(r.verdict).toBe("consistent");
    expect(r.derived[0]).toMatchObject({ interval: "[0.595, 0.605]", unit: "points" });
  });

  it("reads a bare figure in hours as hours, reported in seconds with words in hours", () => {
    const r = one({ value: 3, unit: "hours" });
    expect(r.derived[0]).toMatchObject({ interval: "[9000, 12600]", unit: "seconds", words: "2.5 hours – 3.5 hours" });
  });

  it("refuses a unit that contradicts the value", () => {
    const r = check({ document: { id: "d" }, claims: { a: { value: "3 hours", unit: "minutes" } } });
    expect(r.verdict).toBe("invalid");
    expect(r.errors).toEqual([
      expect.objectContaining({ path: "claims.a.unit", expected: 'a unit that agrees with the value: "3 hours" is a duration (hours)', found: "'minutes', a duration (minutes)" }),
    ]);
  });
});

describe("relations between measurements", () => {
  const set = (claims: object, relations: object[]) => check({ document: { id: "d" }, claims, relations });
  const errors = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.severity === "error").map((f) => f.message);

  it("a 30-foot (9-metre) wall holds; a 30-foot (12-metre) one does not", () => {
    // 30 ft is 8.9916 to 9.2964 m, inside 9 m's 8.5 to 9.5; 12 m is 11.5 to 12.5.
    expect(set({ ft: "30-foot", m: "9 metres" }, [{ kind: "equal", claims: ["ft", "m"] }]).verdict).toBe("consistent");
    const bad = set({ ft: "30-foot", m: "12 metres" }, [{ kind: "equal", claims: ["ft", "m"] }]);
    expect(errors(bad)).toEqual(['"30-foot" (ft) and "12 metres" (m) state the same quantity but cannot be equal']);
  });

  it("says what the rounding note means in the claim's own unit", () => {
    const r = set({ ft: "30-foot", m: "9 metres" }, [{ kind: "equal", claims: ["ft", "m"] }]);
    // 9 m / 0.3048 = 29.527… feet.
    expect(r.findings.map((f) => f.message)).toEqual([`holds only thanks to rounding: the other figures as printed give ≈29.53 feet for 'ft', printed as "30-foot"`]);
  });

  it("adds hours and minutes, and words the sum in hours", () => {
    expect(set({ a: "3 hours", b: "90 minutes", t: "4.5 hours" }, [{ kind: "sum", parts: ["a", "b"], total: "t" }]).verdict).toBe("consistent");
    // 2.5 h + 89.5 min = 14,370 s ≈ 3.99 h; 3.5 h + 90.5 min = 18,030 s ≈ 5.01 h; 6 hours is 5.5 to 6.5.
    const bad = set({ a: "3 hours", b: "90 minutes", t: "6 hours" }, [{ kind: "sum", parts: ["a", "b"], total: "t" }]);
    expect(errors(bad)).toEqual(['3 hours + 90 minutes = ≈3.99 hours – ≈5.01 hours, but the total is stated as "6 hours"']);
  });

  it("derives an unknown duration in the unit of its neighbours", () => {
    // 5 hours (4.5–5.5) − 3 hours (2.5–3.5) = 1 to 3 hours.
    const r = set({ a: "3 hours", b: { unknown: true }, t: "5 hours" }, [{ kind: "sum", parts: ["a", "b"], total: "t" }]);
    expect(r.derived).toEqual([expect.objectContaining({ claim: "b", interval: "[3600, 10800]", unit: "seconds", words: "1 hour – 3 hours" })]);
  });

  it("anchors a measurement's quote by the figure as written", () => {
    const text = "Workers built a 30-foot (9-metre) wall.";
    const ok = check({ document: { id: "d", text }, claims: { ft: { value: "30-foot", quote: "a 30-foot" } } });
    expect(ok.findings.filter((f) => f.ruleId === "claim-anchor")).toEqual([]);
    const wrong = check({ document: { id: "d", text }, claims: { ft: { value: "40-foot", quote: "a 30-foot" } } });
    expect(wrong.findings.filter((f) => f.ruleId === "claim-anchor").map((f) => f.message)).toEqual([`the quote "a 30-foot" of 'ft' does not contain its value 40-foot`]);
  });

  it("counts units as written in a role of its own unit (the count of an average)", () => {
    // 177.3 bushels per acre on 85.2 million acres: 177.25 × 85.15 million = 15,092,837,500 to
    // 177.35 × 85.25 million = 15,119,087,500 bushels (the acres are not turned into square metres).
    const r = set({ corn: { unknown: true }, yield: { value: "177.3", unit: "bushel" }, acres: "85.2 million acres" }, [{ kind: "average", total: "corn", count: "acres", mean: "yield" }]);
    expect(r.verdict).toBe("consistent");
    expect(r.derived).toEqual([expect.objectContaining({ claim: "corn", interval: "[15092837500, 15119087500]" })]);
    // $700 for 30 hours is 700 / 30.5 ≈ 22.95 to 700 / 29.5 ≈ 23.73 an hour, not $20.
    const pay = set({ pay: "$700", rate: "$20", hours: "30 hours" }, [{ kind: "average", total: "pay", count: "hours", mean: "rate" }]);
    expect(errors(pay)).toEqual(['$700 ÷ 30 hours = from ≈22.95 to ≈23.73, but the mean is stated as "$20"']);
    expect(set({ pay: "$600", rate: "$20", hours: "30 hours" }, [{ kind: "average", total: "pay", count: "hours", mean: "rate" }]).verdict).toBe("consistent");
  });
});
