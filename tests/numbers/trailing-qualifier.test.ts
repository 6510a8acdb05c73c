/**
 * One reading of trailing qualifiers ("61 or more"): claim values, anchors in a text and the
 * scanner read every phrase the same way. ("61 or over" was exact in the scanner and at least 61
 * as a claim value before they shared readTrailingQualifier.)
 */
import { describe, expect, it } from "vitest";
import { findValueIn } from "../../src/claims/anchor.js";
import { readTrailingQualifier } from "../../src/numbers/grammar.js";
import { parseQuantity } from "../../src/numbers/quantity.js";
import { scanNumbers } from "../../src/text/scanner.js";

const CASES = [
  ["61 or more", "at-least", "[61, ∞)"],
  ["61 or over", "at-least", "[61, ∞)"],
  ["61 or fewer", "at-most", "[0, 61]"],
  ["61 or less", "at-most", "[0, 61]"],
  ["60 or so", "about", "[54, 66]"],
  ["61 Or More", "at-least", "[61, ∞)"],
  ["61  or\u00a0more", "at-least", "[61, ∞)"],
] as const;

describe("trailing qualifiers", () => {
  it.each(CASES)("%s is %s %s as a claim value, in an anchor and in the scanner", (written, kind, interval) => {
    const q = parseQuantity(written);
    expect(q.ok && q.quantity.qualifier).toBe(kind);
    expect(q.ok && q.quantity.interval.toString()).toBe(interval);
    const [n] = scanNumbers(`They counted ${written} deaths.`);
    expect(n?.qualifier?.kind).toBe(kind);
    expect(n?.interval?.toString()).toBe(interval);
    const text = `They counted ${written} deaths.`;
    const exact = parseQuantity(written.slice(0, 2));
    expect(exact.ok && findValueIn(text, { start: 0, end: text.length }, exact.quantity)?.qualifier).toBe(kind);
  });

  it("reads nothing from words that only start like one", () => {
    expect(readTrailingQualifier("61 orders", 2)).toBeNull();
    expect(readTrailingQualifier("61 or moreover", 2)).toBeNull();
    expect(readTrailingQualifier("61or more", 2)).toBeNull();
    const q = parseQuantity("61 orders");
    expect(q.ok).toBe(false);
  });
});
