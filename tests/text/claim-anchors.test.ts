import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/input/parse.js";
import { parseQuantity, type Quantity } from "../../src/numbers/quantity.js";
import { anchorsOf, findValueIn } from "../../src/claims/anchor.js";

const q = (v: string | number): Quantity => {
  const r = parseQuantity(v);
  if (!r.ok) throw new Error(r.expected);
  return r.quantity;
};
const all = (t: string) => ({ start: 0, end: t.length });

describe("findValueIn", () => {
  it("finds the figure and the qualifier the text puts before it", () => {
    // raising_(0–7) the_(8–11) total_(12–17) to_(18–20) at least_(21–29) 685 (30–32)
    const t = "raising the total to at least 685.";
    expect(findValueIn(t, all(t), q(685))).toEqual({ span: { start: 30, end: 33 }, written: { start: 21, end: 33 }, qualifier: "at-least" });
  });
  it("and after it", () => {
    expect(findValueIn("685 or more", all("685 or more"), q(685))).toEqual({ span: { start: 0, end: 3 }, written: { start: 0, end: 11 }, qualifier: "at-least" });
  });
  it("skips figures with another value, and digits inside words (COVID-19)", () => {
    // COVID-19 (0–7), _8 19 (9–10)
    expect(findValueIn("COVID-19 19", all("COVID-19 19"), q(19))?.span).toEqual({ start: 9, end: 11 });
    expect(findValueIn("38 reports", all("38 reports"), q(37))).toBeUndefined();
  });
  it("reads every written form of the grammar: 24,160, sixty-one, 1.2 million, ٦٨٥", () => {
    expect(findValueIn("24,160", all("24,160"), q(24160))?.span).toEqual({ start: 0, end: 6 });
    expect(findValueIn("sixty-one", all("sixty-one"), q(61))?.span).toEqual({ start: 0, end: 9 });
    expect(findValueIn("1.2 million", all("1.2 million"), q("1,200,000"))?.span).toEqual({ start: 0, end: 11 });
    expect(findValueIn("٦٨٥", all("٦٨٥"), q(685))?.span).toEqual({ start: 0, end: 3 });
  });
  it("a figure that runs past the span does not count", () => {
    expect(findValueIn("24,160", { start: 0, end: 4 }, q(24160))).toBeUndefined();
  });
});

describe("ClaimAnchors", () => {
  const set = parseClaims({
    document: { id: "d", text: "61 deaths in July. 61 deaths in June. it had investigated 37 reports" },
    claims: {
      first: { value: 61, quote: "61 deaths" },
      second: { value: 61, quote: "61 deaths", occurrence: 2 },
      third: { value: 61, quote: "61 deaths", occurrence: 3 },
      inv: { value: 37, quote: "investigated 37 reports" },
      gone: { value: 5, quote: "five deaths" },
      plain: 5,
    },
  });
  const anchors = anchorsOf(set);
  it("one instance per claim set", () => {
    expect(anchorsOf(set)).toBe(anchors);
  });
  it("statuses: ambiguous, anchored at an occurrence, occurrence out of range, missing, no quote", () => {
    expect(anchors.anchor("first")?.status).toBe("ambiguous");
    expect(anchors.anchor("second")?.status).toBe("anchored");
    expect(anchors.anchor("third")).toEqual({ status: "occurrence", claim: "third", document: "d", occurrences: 2 });
    expect(anchors.anchor("gone")).toEqual({ status: "missing", claim: "gone", document: "d", caseOnly: false });
    expect(anchors.anchor("plain")).toBeUndefined();
  });
  it("locations point at the value inside the quote (the first occurrence when ambiguous)", () => {
    // "61 deaths in July. " is 19 characters: the second 61 is at 19–21; 37 is at 58–60.
    expect(anchors.of("first")).toEqual({ document: "d", span: { start: 0, end: 2 } });
    expect(anchors.of("second")).toEqual({ document: "d", span: { start: 19, end: 21 } });
    expect(anchors.of("inv")).toEqual({ document: "d", span: { start: 58, end: 60 } });
    expect(anchors.of("third")).toBeUndefined();
    expect(anchors.of("gone")).toBeUndefined();
  });
});
