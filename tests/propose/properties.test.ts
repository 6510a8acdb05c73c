/**
 * Properties of the proposal (fast-check, seed from tests/setup.ts): it never throws; every
 * claim it proposes anchors to exactly its number's span; its draft checks as the text does;
 * readings and raw texts behave as documented.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check, checkText, draftClaims, proposeClaims } from "../../src/index.js";

const WORDS = ["of", "these", "the", "reports", "were", "credible", ",", ".", "raising", "total", "to", "at least", "including", "people", "(", ")", "%", "in", "all", "rose", "from", "doubled", "times", "more", "than", "Of", "The", "number", "was", "\n\n", "“", "”"];
const token = fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 3000 }).map(String), fc.string({ maxLength: 4 }));
const text = fc.array(token, { maxLength: 60 }).map((t) => t.join(" "));

describe("proposeClaims", () => {
  it("never throws, and every claim's quote anchors (no claim-anchor finding)", () => {
    fc.assert(
      fc.property(text, (t) => {
        const { claimsFile, coverage } = proposeClaims(t);
        expect(coverage.inRelation + coverage.unbound).toBe(coverage.numbers);
        const r = check(claimsFile);
        expect(r.verdict).not.toBe("invalid");
        expect(r.findings.filter((f) => f.ruleId === "claim-anchor")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("its draft checks as the text does", () => {
    fc.assert(
      fc.property(text, (t) => {
        const proposal = proposeClaims(t);
        const suggested = JSON.stringify(proposal.claimsFile.relations).includes('"suggested"');
        fc.pre(!suggested);
        const a = check(parse(draftClaims(proposal)) as unknown);
        const b = checkText(t);
        expect(a.findings.map((f) => f.message)).toEqual(b.findings.map((f) => f.message));
      }),
      { numRuns: 150 },
    );
  });

  it("is linear: a long hostile text of cues is read in one pass", () => {
    const hostile = "Of these, 1 of the 2 of whom 3 out of 4, including 5 (6%) raising the total to 7 in all. ".repeat(4000);
    const t = performance.now();
    const { coverage } = proposeClaims(hostile);
    expect(coverage.numbers).toBeGreaterThan(20_000);
    // Generous: a pass over 360 KB takes well under a second even on a loaded machine.
    expect(performance.now() - t).toBeLessThan(20_000);
  });
});

describe("readings and raw texts", () => {
  it("an ambiguous 'of these' is an error only when every reading fails, and lists them", () => {
    expect(checkText("It received 37 reports and 12 reports. Of these, 20 were upheld.").verdict).toBe("consistent");
    const r = checkText("It received 37 reports and 12 reports. Of these, 40 were upheld.");
    const f = r.findings.find((x) => x.severity === "error");
    expect(f?.message).toContain("every reading fails: whole: 12 reports; whole: 37 reports");
    expect((f?.data as { relation: { readings?: string[] } }).relation.readings).toEqual(["whole: 12 reports", "whole: 37 reports"]);
  });

  it("'five times more' holds as ×5 or as ×6", () => {
    expect(checkText("It got 250 bids, five times more than the 50 of last year.").verdict).toBe("consistent");
    expect(checkText("It got 300 bids, five times more than the 50 of last year.").verdict).toBe("consistent");
    expect(checkText("It got 400 bids, five times more than the 50 of last year.").verdict).toBe("inconsistent");
  });

  it("check() takes a raw text; a claims file's JSON text stays a claims file; input overrides", () => {
    const t = "It investigated 37 reports. Of these, 40 were credible.";
    expect(check(t).findings.map((f) => f.message)).toEqual(checkText(t).findings.map((f) => f.message));
    expect(check(t).coverage).toEqual(proposeClaims(t).coverage);
    expect(check('{ "claims": { "a": 40, "b": 37 }, "relations": [{ "kind": "part-of", "part": "a", "whole": "b" }] }').verdict).toBe("inconsistent");
    expect(check("# a claims file\nclaims:\n  a: 1\n").verdict).toBe("invalid");
    expect(check("claims: 1", { input: "text" }).coverage).toEqual({ numbers: 1, inRelation: 0, unbound: 1, reasons: [{ reason: "no cue", count: 1 }] });
    expect(check({ claims: {} }, { input: "text" }).verdict).toBe("invalid");
    expect(checkText(42 as unknown as string).verdict).toBe("consistent");
  });
});
