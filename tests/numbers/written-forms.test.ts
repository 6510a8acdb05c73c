import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/input/parse.js";
import { ClaimcheckInputError } from "../../src/base/input-issue.js";
import { parseQuantity, type Quantity, type QuantityOptions } from "../../src/numbers/quantity.js";

function quantity(written: string, options?: QuantityOptions): Quantity {
  const r = parseQuantity(written, options);
  if (!r.ok) throw new Error(`did not parse: ${written}`);
  return r.quantity;
}
/** The interval in decimals, hand-checked below. */
const dec = (written: string, options?: QuantityOptions) => quantity(written, options).interval.toDecimalString();

describe("money", () => {
  it.each([
    // 3.9 billion to one decimal of a billion: ±0.05 billion.
    ["$3.9 billion", "[3850000000, 3950000000]", "USD"],
    // 5 million to the million: ±0.5 million.
    ["US$5m", "[4500000, 5500000]", "USD"],
    ["£2bn", "[1500000000, 2500000000]", "GBP"],
    // 54.59 million to the hundredth of a million: ±5,000.
    ["P54.59 million", "[54585000, 54595000]", "PHP"],
    ["$192,061,849", "{192061849}", "USD"],
    ["4.5 billion dollars", "[4450000000, 4550000000]", "USD"],
    ["EUR 12", "{12}", "EUR"],
    // 500 crore = 5,000,000,000; to the crore: ±5,000,000.
    ["Rs 500 crore", "[4995000000, 5005000000]", "INR"],
    ["$3-4 billion", "[2500000000, 4500000000]", "USD"],
    // cents are hundredths of a dollar: "about 19 cents" is 17.1 to 20.9 cents.
    ["8 cents", "{0.08}", "USD"],
    ["about 19 cents", "[0.171, 0.209]", "USD"],
  ])("%s is %s in %s", (w, want, currency) => {
    const q = quantity(w);
    expect(q.interval.toDecimalString()).toBe(want);
    expect(q.measure).toEqual({ dimension: "money", currency });
    expect(q.integer).toBe(false);
  });

  it("reads lakh as 100,000: 5 lakh to the lakh is [450000, 550000]", () => {
    expect(dec("5 lakh")).toBe("[450000, 550000]");
  });
});

describe("decimal commas and space groups", () => {
  it.each([
    ["6,7%", "[6.65, 6.75]"],
    ["40,55 %", "[40.545, 40.555]"],
  ])("%s reads only with a decimal comma: %s", (w, want) => {
    expect(dec(w)).toBe(want);
    expect(quantity(w).readings).toBe("decimal-comma");
  });

  it("reads 3 620 the same under both conventions", () => {
    expect(dec("3 620")).toBe("{3620}");
    expect(quantity("3 620").readings).toBeUndefined();
  });

  it("marks 1,250 as read two ways, and reads it as numberFormat says", () => {
    expect(quantity("1,250").readings).toBe("both");
    expect(dec("1,250", { numberFormat: "decimal-point" })).toBe("{1250}");
    // 1,250 with a decimal comma: 1.250 to three decimals, ±0.0005.
    expect(dec("1,250", { numberFormat: "decimal-comma" })).toBe("[1.2495, 1.2505]");
    expect(dec("1.234,5", { numberFormat: "decimal-comma" })).toBe("[1234.45, 1234.55]");
    expect(parseQuantity("6,7%", { numberFormat: "decimal-point" }).ok).toBe(false);
  });

  it("is an input error when a document writes 6,7% and also 1,250 without numberFormat", () => {
    const run = () => parseClaims({ claims: { a: "6,7%", b: "1,250" } });
    expect(run).toThrow(ClaimcheckInputError);
    try {
      run();
    } catch (e) {
      const issue = (e as ClaimcheckInputError).issues[0]!;
      expect(issue.path).toBe("claims.b");
      expect(issue.expected).toContain("`numberFormat:` on the document");
      expect(issue.expected).toContain("'a' is written \"6,7%\"");
    }
  });

  it("reads both with numberFormat: decimal-comma on the document", () => {
    const set = parseClaims({ document: { id: "d", numberFormat: "decimal-comma" }, claims: { a: "6,7%", b: "1,250" } });
    expect(set.claims[1]!.quantity!.interval.toDecimalString()).toBe("[1.2495, 1.2505]");
  });

  it("keeps 24,160 a count in a set with no decimal comma", () => {
    expect(parseClaims({ claims: { a: "24,160", b: "48%" } }).claims[0]!.quantity!.interval.toDecimalString()).toBe("{24160}");
  });
});

describe("word shares", () => {
  it.each([
    ["two-thirds", "{≈66.6667}", "200/3"],
    ["a third", "{≈33.3333}", "100/3"],
    ["one third", "{≈33.3333}", "100/3"],
    ["half", "{50}", "50"],
    ["a quarter", "{25}", "25"],
    ["three quarters", "{75}", "75"],
    ["Seven in 10", "{70}", "70"],
    ["one in three", "{≈33.3333}", "100/3"],
    ["nine out of 10", "{90}", "90"],
  ])("%s is the share %s (exactly %s %%)", (w, want, exact) => {
    const q = quantity(w);
    expect(q.interval.toDecimalString()).toBe(want);
    expect(q.nominal.toString()).toBe(exact);
    expect(q.measure).toEqual({ dimension: "share" });
    expect(q.kind).toBe("percent");
  });

  it("takes qualifiers: nearly two-thirds is [60, 66.67)", () => {
    // 200/3 less 10% of it is 60.
    expect(quantity("nearly two-thirds").interval.toString()).toBe("[60, 200/3)");
  });

  it("does not read 'two third' or 'a-third'", () => {
    expect(parseQuantity("two third").ok).toBe(false);
    expect(parseQuantity("a-third").ok).toBe(false);
  });
});

describe("points", () => {
  it.each([
    // Points are rounded as percentages are.
    ["down 10 points", "[-10.5, -9.5]"],
    ["1.5 percentage points", "[1.45, 1.55]"],
    // 100 basis points are one point: 60 bp is [59.5, 60.5] bp.
    ["60 basis points", "[0.595, 0.605]"],
    ["25bp", "[0.245, 0.255]"],
    ["2pp", "[1.5, 2.5]"],
  ])("%s is %s points", (w, want) => {
    const q = quantity(w);
    expect(q.interval.toDecimalString()).toBe(want);
    expect(q.measure).toEqual({ dimension: "points" });
    expect(q.integer).toBe(false);
  });
});

describe("qualifiers", () => {
  it.each([
    // about: ±10%.
    ["close to 600", "[540, 660]"],
    ["as high as 100,000", "[0, 100000]"],
    ["as many as 40", "[0, 40]"],
    ["as few as 3", "[3, ∞)"],
    ["just over 50", "(50, ∞)"],
    ["just under 50", "[0, 50)"],
    // "1%" is [0.5, 1.5]: under it is below 1.5.
    ["<1%", "[0, 1.5)"],
    [">= 5", "[5, ∞)"],
    ["double digits", "[10, 100)"],
    ["single digits", "[0, 10)"],
    ["double-digit %", "[10, 100)"],
    ["exactly 48%", "{48}"],
    ["a total of 455", "{455}"],
  ])("%s is %s", (w, want) => {
    expect(dec(w)).toBe(want);
  });

  it("keeps '48%' rounded beside 'exactly 48%'", () => {
    expect(dec("48%")).toBe("[47.5, 48.5]");
  });

  it("reads a count in double digits as a whole number, a share in double digits as any", () => {
    expect(quantity("double digits").integer).toBe(true);
    expect(quantity("double-digit %").integer).toBe(false);
  });
});

describe("falls and rises written with a positive figure", () => {
  it.each([
    // more than 20%, "20%" being [19.5, 20.5]: (19.5, ∞), negated.
    ["cut by more than 20%", "(-∞, -19.5)", "cut by"],
    ["8.0% less", "[-8.05, -7.95]", "less"],
    ["a fall of 20%", "[-20.5, -19.5]", "a fall of"],
    ["down 3.1%", "[-3.15, -3.05]", "down"],
    ["up 3%", "[2.5, 3.5]", "up"],
    // A rise written with its sign: the same value as without it.
    ["+10.5%", "[10.45, 10.55]", undefined],
    ["+3", "{3}", undefined],
    ["5 fewer", "{-5}", "fewer"],
  ])("%s is %s", (w, want, signWord) => {
    const q = quantity(w);
    expect(q.interval.toDecimalString()).toBe(want);
    expect(q.signWord).toBe(signWord);
  });

  it("still reads 'up to 5' as at most 5", () => {
    expect(dec("up to 5")).toBe("[0, 5]");
  });
});

describe("ranges", () => {
  it.each([
    // each end keeps its rounding: 30% is [29.5, 30.5], 40% [39.5, 40.5].
    ["30–40%", "[29.5, 40.5]", "percent"],
    ["between 120 and 150", "[120, 150]", "count"],
    ["120 to 150", "[120, 150]", "count"],
    ["120-150", "[120, 150]", "count"],
    // 3 million ±0.5 million to 4 million ±0.5 million.
    ["3 to 4 million", "[2500000, 4500000]", "count"],
  ])("%s is %s", (w, want, kind) => {
    const q = quantity(w);
    expect(q.interval.toDecimalString()).toBe(want);
    expect(q.form).toBe("range");
    expect(q.kind).toBe(kind);
  });

  it("refuses a range that runs backwards, and mixed units", () => {
    expect(parseQuantity("150 to 120").ok).toBe(false);
    expect(parseQuantity("$3 to 4%").ok).toBe(false);
    expect(parseQuantity("between 120").ok).toBe(false);
  });
});

describe("multipliers", () => {
  it.each([
    ["2.5 times", "[2.45, 2.55]"],
    ["3x", "{3}"],
    ["threefold", "{3}"],
    // Multiples as verbs, a ratio's factor as the text gives it.
    ["doubled", "{2}"],
    ["Tripled", "{3}"],
    ["trebled", "{3}"],
    ["quadrupled", "{4}"],
    ["halved", "{0.5}"],
  ])("%s", (w, want) => {
    const r = parseQuantity(w);
    if (want === undefined) expect(r.ok).toBe(false);
    else {
      expect(r.ok && r.quantity.interval.toDecimalString()).toBe(want);
      expect(r.ok && r.quantity.measure).toEqual({ dimension: "multiplier" });
    }
  });
});

describe("a claim's unit and its written form", () => {
  const issues = (input: unknown) => {
    try {
      parseClaims(input);
      return [];
    } catch (e) {
      return (e as ClaimcheckInputError).issues.map((i) => `${i.path}: expected ${i.expected}, found ${i.found ?? ""}`);
    }
  };

  it("is an input error when they contradict, naming both", () => {
    expect(issues({ claims: { a: { value: "$5m", unit: "jobs" } } })).toEqual(["claims.a.unit: expected a unit that agrees with the value: \"$5m\" is money in USD, found 'jobs', a count (jobs)"]);
    expect(issues({ claims: { a: { value: "€5m", unit: "USD" } } })).toEqual(["claims.a.unit: expected a unit that agrees with the value: \"€5m\" is money in EUR, found 'USD', money in USD"]);
    expect(issues({ claims: { a: { value: "4 points", unit: "%" } } })).toEqual(["claims.a.unit: expected a unit that agrees with the value: \"4 points\" is percentage points, found '%', a percentage"]);
  });

  it("gives the claim its measure: the unit's noun, the value's currency", () => {
    const set = parseClaims({ claims: { a: { value: "$5m", unit: "USD" }, b: { value: 7, unit: "EUR" }, c: { value: 3, unit: "report" } } });
    expect(set.claims.map((c) => c.measure)).toEqual([
      { dimension: "money", currency: "USD" },
      { dimension: "money", currency: "EUR" },
      { dimension: "count", noun: "report" },
    ]);
    // Money is no whole number, even written as one.
    expect(set.claims[1]!.integer).toBe(false);
  });

  it("lets an unknown take whole-number-ness and measure from its relations", () => {
    const set = parseClaims({
      claims: { a: "$5.5m", b: { unknown: true }, c: "$9m", n: 3, m: { unknown: true }, k: { unknown: true } },
      relations: [
        { kind: "sum", parts: ["a", "b"], total: "c" },
        { kind: "sum", parts: ["n", "m"], total: "k" },
      ],
    });
    const byId = (id: string) => set.claims.find((c) => c.id === id)!;
    expect(byId("b").integer).toBe(false);
    expect(byId("b").measure).toEqual({ dimension: "money", currency: "USD" });
    // Beside the count 3 alone, unknowns stay counts.
    expect(byId("m").integer).toBe(true);
    expect(byId("k").integer).toBe(true);
  });
});
