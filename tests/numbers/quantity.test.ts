import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuantity, type Quantity, type QuantityOptions } from "../../src/numbers/quantity.js";
import { Rational } from "../../src/numbers/rational.js";

function quantity(written: string | number, options?: QuantityOptions): Quantity {
  const r = parseQuantity(written, options);
  if (!r.ok) throw new Error(`did not parse: ${String(written)}`);
  return r.quantity;
}
/** The exact interval a written value stands for, as a string (fractions exact: 95/2 = 47.5). */
const iv = (written: string | number, options?: QuantityOptions) => quantity(written, options).interval.toString();
const has = (written: string, n: number, d = 1) => quantity(written).interval.contains(Rational.of(n, d));

describe("parseQuantity: counts", () => {
  it.each([
    ["37", "{37}"],
    ["1169", "{1169}"],
    ["0", "{0}"],
    ["-5", "{-5}"],
  ])("%s is exact: %s", (w, want) => {
    expect(iv(w)).toBe(want);
    expect(quantity(w).kind).toBe("count");
    expect(quantity(w).integer).toBe(true);
    expect(quantity(w).rounded).toBe(false);
  });

  it("takes a YAML/JSON number as that number", () => {
    expect(iv(37)).toBe("{37}");
    expect(quantity(37).written).toBe("37");
    expect(iv(4.5)).toBe("[89/20, 91/20]"); // 4.5 printed with one decimal: [4.45, 4.55]
  });

  it.each([
    ["24,160", 24160],
    ["24\u00a0160", 24160], // no-break space
    ["24\u202f160", 24160], // narrow no-break space
    ["24\u2009160", 24160], // thin space
    ["1,234,567", 1234567],
    ["1\u202f234\u202f567", 1234567],
    ["٣٧", 37], // Arabic-Indic digits
  ])("reads thousands separators and other digits: %j is %d", (w, n) => {
    expect(iv(w)).toBe(`{${n}}`);
  });

  it.each(["1,23", "1,2345", "12,3456", "1,234\u00a0567"])("rejects a malformed grouping under a decimal point: %j", (w) => {
    // Groups must be exactly three digits, one separator style.
    expect(parseQuantity(w, { numberFormat: "decimal-point" }).ok).toBe(false);
  });

  it.each([
    // Only a decimal comma reads these: 1,23 is 1.23 to two decimals, [1.225, 1.235].
    ["1,23", "[49/40, 247/200]"],
    ["1,2345", "[24689/20000, 24691/20000]"],
  ])("without numberFormat, reads %j the one way it reads: %s", (w, want) => {
    expect(iv(w)).toBe(want);
    expect(quantity(w).readings).toBe("decimal-comma");
  });

  it("takes an ordinary space between groups of three in a claim value: \"24 160\", \"3 620\"", () => {
    expect(iv("24 160")).toBe("{24160}");
    expect(iv("3 620")).toBe("{3620}");
    expect(parseQuantity("24 16").ok).toBe(false);
  });

  it.each([
    ["sixty-one", 61],
    ["Sixty one", 61],
    ["twenty-seven", 27],
    ["one hundred and twelve", 112],
    ["one hundred twelve", 112],
    ["zero", 0],
    ["ninety-nine", 99],
    ["a dozen", 12],
    ["two million", 2_000_000],
    // 3 000 000 + 400 000 + 1
    ["three million four hundred thousand and one", 3_400_001],
    // 999 × 1000 + 999
    ["nine hundred ninety-nine thousand nine hundred ninety-nine", 999_999],
  ])("reads number words: %j is %d, exactly", (w, n) => {
    expect(iv(w)).toBe(`{${n}}`);
    expect(quantity(w).integer).toBe(true);
    expect(quantity(w).rounded).toBe(false);
  });

  it.each(["", "   ", "abc", "37 reports", "at least", "more than many", "1e3"])("rejects %j with the expected form", (w) => {
    const r = parseQuantity(w);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.expected).toMatch(/a number as written/);
  });

  it("rejects non-finite numbers", () => {
    expect(parseQuantity(Number.NaN).ok).toBe(false);
    expect(parseQuantity(Number.POSITIVE_INFINITY).ok).toBe(false);
  });
});

describe("parseQuantity: printed precision", () => {
  it("1.2 million is [1 150 000, 1 250 000]", () => {
    expect(iv("1.2 million")).toBe("[1150000, 1250000]");
    expect(iv("1.2million")).toBe("[1150000, 1250000]");
    expect(iv("1.2m")).toBe("[1150000, 1250000]");
    expect(has("1.2 million", 1_249_999)).toBe(true);
    expect(has("1.2 million", 1_250_000)).toBe(true);
    expect(has("1.2 million", 1_250_001)).toBe(false);
    expect(has("1.2 million", 1_149_999)).toBe(false);
    expect(quantity("1.2 million").kind).toBe("count");
    expect(quantity("1.2 million").nominal.toString()).toBe("1200000");
  });

  it("other multipliers: ±half a unit of the last printed digit", () => {
    expect(iv("3bn")).toBe("[2500000000, 3500000000]");
    expect(iv("3.5k")).toBe("[3450, 3550]");
    expect(iv("2.25 billion")).toBe("[2245000000, 2255000000]");
  });

  it("48% is [47.5, 48.5]; 4.3% is [4.25, 4.35]", () => {
    expect(iv("48%")).toBe("[95/2, 97/2]");
    expect(iv("48 percent")).toBe("[95/2, 97/2]");
    expect(iv("48 per cent")).toBe("[95/2, 97/2]");
    expect(iv("4.3%")).toBe("[17/4, 87/20]"); // 17/4 = 4.25, 87/20 = 4.35
    expect(has("48%", 45)).toBe(false);
    expect(has("48%", 95, 2)).toBe(true);
    expect(has("48%", 97, 2)).toBe(true);
    expect(quantity("48%").kind).toBe("percent");
    expect(quantity("48%").integer).toBe(false);
    expect(quantity("48%").rounded).toBe(true);
  });

  it('"5.00" keeps its precision: [4.995, 5.005], not [4.5, 5.5] and not {5}', () => {
    const q = quantity("5.00");
    expect(q.interval.toString()).toBe("[999/200, 1001/200]"); // 4.995, 5.005
    expect(q.written).toBe("5.00");
    expect(q.nominal.toString()).toBe("5");
    expect(q.kind).toBe("decimal");
    expect(iv("5.0")).toBe("[99/20, 101/20]"); // 4.95, 5.05
    expect(iv("5")).toBe("{5}");
  });

  it("keeps the value as written", () => {
    expect(quantity("  at least 685 ").written).toBe("  at least 685 ");
    expect(quantity("24,160").written).toBe("24,160");
  });
});

describe("parseQuantity: qualifiers (DESIGN §3)", () => {
  it("more than 344 excludes 344 and, for a count, starts at 345", () => {
    const q = quantity("more than 344");
    expect(q.interval.toString()).toBe("(344, ∞)");
    expect(q.interval.contains(Rational.of(344))).toBe(false);
    expect(q.interval.contains(Rational.of(345))).toBe(true);
    expect(q.integer).toBe(true);
    expect(q.interval.integers().toString()).toBe("[345, ∞)");
    expect(q.qualifier).toBe("more-than");
    expect(q.qualifierText).toBe("more than");
    expect(q.nominal.toString()).toBe("344");
  });

  it.each([
    ["at least 685", "[685, ∞)", "at-least"],
    ["no fewer than 685", "[685, ∞)", "at-least"],
    ["12 or more", "[12, ∞)", "at-least"],
    ["more than 344", "(344, ∞)", "more-than"],
    ["over 344", "(344, ∞)", "more-than"],
    ["at most 10", "[0, 10]", "at-most"],
    ["up to 10", "[0, 10]", "at-most"],
    ["no more than 10", "[0, 10]", "at-most"],
    ["fewer than 10", "[0, 10)", "less-than"],
    ["less than 10", "[0, 10)", "less-than"],
    ["under 10", "[0, 10)", "less-than"],
    ["a total of 455", "{455}", "exact"],
    ["exactly 3", "{3}", "exact"],
    ["at least sixty-one", "[61, ∞)", "at-least"],
  ])("%s is %s", (w, want, kind) => {
    expect(iv(w)).toBe(want);
    expect(quantity(w).qualifier).toBe(kind);
  });

  it("a qualifier widens a rounded figure from its printed interval", () => {
    // "more than 1.2 million": anything above the lowest value "1.2 million" may stand for.
    expect(iv("more than 1.2 million")).toBe("(1150000, ∞)");
    // "fewer than 48%": below the highest value "48%" may stand for (48.5).
    expect(iv("fewer than 48%")).toBe("[0, 97/2)");
    expect(iv("at least 4.3%")).toBe("[17/4, ∞)");
  });

  it.each(["about", "some", "roughly", "around", "approximately"])("%s 100 allows the documented 10%%: [90, 110]", (word) => {
    expect(iv(`${word} 100`)).toBe("[90, 110]");
    expect(quantity(`${word} 100`).qualifier).toBe("about");
  });

  it.each(["nearly", "almost"])("%s 100 is just below 100: [90, 100)", (word) => {
    expect(iv(`${word} 100`)).toBe("[90, 100)");
    expect(has(`${word} 100`, 100)).toBe(false);
    expect(has(`${word} 100`, 99)).toBe(true);
  });

  it("about and nearly follow the tolerance option", () => {
    expect(iv("about 100", { approximateTolerance: 0.05 })).toBe("[95, 105]");
    expect(iv("nearly 100", { approximateTolerance: "0.05" })).toBe("[95, 100)");
    // about 48%: 48 ± 4.8 = [43.2, 52.8], wider than the printed [47.5, 48.5].
    expect(iv("about 48%")).toBe("[216/5, 264/5]");
  });

  it("qualifiers are whole words, case-insensitive", () => {
    expect(iv("At Least 685")).toBe("[685, ∞)");
    expect(parseQuantity("atleast 685").ok).toBe(false);
    expect(parseQuantity("moreover 344").ok).toBe(false);
  });
});

describe("parseQuantity: rounding methods", () => {
  it.each([
    ["up_or_down", "[95/2, 97/2]", "[1150000, 1250000]"],
    ["half_up", "[95/2, 97/2)", "[1150000, 1250000)"],
    ["half_down", "(95/2, 97/2]", "(1150000, 1250000]"],
    ["truncate", "[48, 49)", "[1200000, 1300000)"],
    ["exact", "{48}", "{1200000}"],
  ] as const)("%s: 48%% is %s and 1.2 million is %s", (rounding, pct, million) => {
    expect(iv("48%", { rounding })).toBe(pct);
    expect(iv("1.2 million", { rounding })).toBe(million);
    // Counts are exact whatever the method.
    expect(iv("37", { rounding })).toBe("{37}");
  });

  it("truncation of a negative figure goes towards zero", () => {
    // −4.3 truncated from anything in (−4.4, −4.3].
    expect(iv("-4.3", { rounding: "truncate" })).toBe("(-22/5, -43/10]");
    expect(iv("-4.3")).toBe("[-87/20, -17/4]");
  });

  it("exact rounding marks nothing as rounded", () => {
    expect(quantity("48%", { rounding: "exact" }).rounded).toBe(false);
    expect(quantity("48%").rounded).toBe(true);
  });
});

describe("plain whole numbers", () => {
  // Plain digits take a quick road past the grammar; a leading space sends the same figure the
  // grammar's way, and the two must read it alike.
  it("read as the grammar reads them", () => {
    const digits = fc.stringMatching(/^(0|[1-9][0-9]{0,14})$/);
    fc.assert(
      fc.property(digits, fc.constantFrom(undefined, "exact", "truncate", "half_up") as fc.Arbitrary<QuantityOptions["rounding"]>, (v, rounding) => {
        const options: QuantityOptions = rounding ? { rounding } : {};
        const quick = parseQuantity(v, options);
        const slow = parseQuantity(` ${v}`, options);
        expect(quick.ok && slow.ok).toBe(true);
        if (!quick.ok || !slow.ok) return;
        expect({ ...quick.quantity, written: "" }).toEqual({ ...slow.quantity, written: "" });
        expect(quick.quantity.interval.toString()).toBe(`{${BigInt(v).toString()}}`);
      }),
      { numRuns: 500 },
    );
  });

});
