/**
 * A relation's arithmetic in one line (src/messages/arithmetic.ts), for every relation kind, and
 * derived intervals in words.
 */
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/index.js";
import { derivedWords, relationArithmetic } from "../../src/messages/arithmetic.js";

/** The arithmetic of a claims file's first relation, each claim named by its id. */
const first = (file: unknown) => relationArithmetic(parseClaims(file).relations[0]!, (c) => c);

describe("relationArithmetic", () => {
  it.each<[string, unknown, string]>([
    ["part-of", { claims: { p: 13, w: 37 }, relations: [{ kind: "part-of", part: "p", whole: "w" }] }, "p ≤ w"],
    ["part-of with parts", { claims: { a: 1, b: 2, w: 37 }, relations: [{ kind: "part-of", parts: ["a", "b"], whole: "w" }] }, "a + b ≤ w"],
    ["sum", { claims: { a: 14, b: 9, c: 6, t: 29 }, relations: [{ kind: "sum", parts: ["a", "b", "c"], total: "t" }] }, "a + b + c = t"],
    ["sum with weights", { claims: { a: 3, b: 2, c: 1, t: 120 }, relations: [{ kind: "sum", parts: ["a", "b", "c"], weights: ["20", "35", "-10"], total: "t" }] }, "20 × a + 35 × b − 10 × c = t"],
    ["sum with a first weight of −1", { claims: { a: 3, b: 5, t: 2 }, relations: [{ kind: "sum", parts: ["a", "b"], weights: ["-1", "1"], total: "t" }] }, "−a + b = t"],
    [
      "a long sum, by its ends",
      { claims: { ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, 1])), t: 12 }, relations: [{ kind: "sum", parts: Array.from({ length: 12 }, (_, i) => `p${i}`), total: "t" }] },
      "p0 + p1 + p2 + … (7 more) … + p10 + p11 = t",
    ],
    ["cumulative", { claims: { prev: { unknown: true }, add: 61, tot: 685 }, relations: [{ kind: "cumulative", previous: "prev", added: "add", total: "tot" }] }, "prev + add = tot"],
    ["equal", { claims: { a: 685, b: 685, c: 685 }, relations: [{ kind: "equal", claims: ["a", "b", "c"] }] }, "a = b = c"],
    ["compare", { claims: { a: 3, b: 4 }, relations: [{ kind: "compare", left: "a", op: "<", right: "b" }] }, "a < b"],
    ["percent-of", { claims: { p: 212, w: 1514, pc: "14%" }, relations: [{ kind: "percent-of", part: "p", whole: "w", percent: "pc" }] }, "p is pc of w"],
    ["change with both", { claims: { f: 900, t: 990, d: 90, pc: "10%" }, relations: [{ kind: "change", from: "f", to: "t", difference: "d", percent: "pc" }] }, "f → t; difference d; pc of f"],
    ["change by percent", { claims: { f: 900, t: 990, pc: "10%" }, relations: [{ kind: "change", from: "f", to: "t", percent: "pc" }] }, "f → t; pc of f"],
    ["ratio", { claims: { f: 50, t: 300, x: 6 }, relations: [{ kind: "ratio", from: "f", to: "t", factor: "x" }] }, "t = x × f"],
    ["average", { claims: { t: 300, n: 10, m: 30 }, relations: [{ kind: "average", total: "t", count: "n", mean: "m" }] }, "m = t ÷ n"],
    ["rate", { claims: { c: 25, p: 200000, r: 12.5 }, relations: [{ kind: "rate", count: "c", population: "p", rate: "r", per: 100000 }] }, "r = c ÷ p × 100000"],
    ["shares", { claims: { a: "55%", b: "45%" }, relations: [{ kind: "shares", parts: ["a", "b"] }] }, "a + b = 100%"],
  ])("%s", (_kind, file, expected) => {
    expect(first(file)).toBe(expected);
  });

  it("names the figures as the caller words them", () => {
    const set = parseClaims({ claims: { prev: { unknown: true }, add: 61, tot: "at least 685" }, relations: [{ kind: "cumulative", previous: "prev", added: "add", total: "tot" }] });
    const words = (c: string) => (c === "prev" ? "at least 624 (derived)" : c === "add" ? "61" : "at least 685");
    expect(relationArithmetic(set.relations[0]!, words)).toBe("at least 624 (derived) + 61 = at least 685");
  });
});

describe("derivedWords", () => {
  it.each<[Parameters<typeof derivedWords>[0], string]>([
    [{ min: 624, max: null, interval: "[624, ∞)" }, "at least 624"],
    [{ min: 3, max: null, minOpen: true, interval: "(3, ∞)" }, "more than 3"],
    [{ min: null, max: 40, interval: "(-∞, 40]" }, "at most 40"],
    [{ min: null, max: 40, maxOpen: true, interval: "(-∞, 40)" }, "less than 40"],
    [{ min: 4.75, max: 4.85, interval: "[4.75, 4.85]" }, "4.75 to 4.85"],
    [{ min: 7, max: 7, interval: "[7, 7]" }, "7"],
    [{ min: null, max: null, interval: "(-∞, ∞)" }, "any value"],
    [{ min: 3.85e9, max: 3.95e9, interval: "[3850000000, 3950000000]", words: "$3.85 billion – $3.95 billion" }, "$3.85 billion – $3.95 billion"],
  ])("%j is %s", (d, expected) => expect(derivedWords(d)).toBe(expected));
});
